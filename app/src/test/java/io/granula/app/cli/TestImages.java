package io.granula.app.cli;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Inputs the command tests share: the tiny TorchScript test network and a small image of bright blobs. */
final class TestImages {
    static final Path TINY_MODEL = Path.of(System.getProperty("granula.root", ".."),
            "segmentation-core/src/test/resources/models/tiny-flow.pt");

    private TestImages() {
    }

    /** A 96x80 grey PNG of 16-px discs on a 24x20 grid with Gaussian noise of the given seed. */
    static Path blobs(Path file, int seed) throws IOException {
        BufferedImage img = new BufferedImage(96, 80, BufferedImage.TYPE_BYTE_GRAY);
        Random r = new Random(seed);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 96; x++) {
                double d = Math.hypot((x % 24) - 12, (y % 20) - 10);
                img.getRaster().setSample(x, y, 0, (int) Math.max(0, Math.min(255, (d < 8 ? 200 : 40) + r.nextGaussian() * 10)));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
