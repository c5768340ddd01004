package io.granula.core.bench;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a SIZE x SIZE 8-bit grey TIFF made of copies of one image side by side (the large-image
 * benchmark's input: a synthetic micrograph tiled, which is much faster than drawing SIZE^2
 * pixels of particles and keeps every particle realistic). Arguments: {@code SOURCE OUT.tif SIZE}.
 */
public final class TiledImageFile {
    private TiledImageFile() {
    }

    public static void main(String[] args) throws IOException {
        BufferedImage src = ImageIO.read(Path.of(args[0]).toFile());
        if (src == null) {
            throw new IOException(args[0] + ": not an image ImageIO can read");
        }
        int size = Integer.parseInt(args[2]);
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        int[] row = new int[src.getWidth()];
        for (int y = 0; y < size; y++) {
            int sy = y % src.getHeight();
            src.getRaster().getPixels(0, sy, src.getWidth(), 1, row);
            for (int x = 0; x < size; x += src.getWidth()) {
                int n = Math.min(src.getWidth(), size - x);
                out.getRaster().setPixels(x, y, n, 1, row);
            }
        }
        Path target = Path.of(args[1]);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        if (!ImageIO.write(out, "tif", tmp.toFile())) {
            throw new IOException("no TIFF writer");
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
