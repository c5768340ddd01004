package io.granula.scalebar.heldout;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a few held-out images per kind as PNG to look at: {@code DIR [SEED PER_KIND]}. */
public final class HeldOutSamples {
    private HeldOutSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        HeldOutGenerator gen = new HeldOutGenerator(args.length > 1 ? Long.parseLong(args[1]) : 16);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int i = 0; i < n; i++) {
            for (HeldOutKind k : HeldOutKind.values()) {
                HeldOutImage img = gen.withBar(k);
                ImageIO.write(img.rendered(), "png", dir.resolve(k + "-" + i + ".png").toFile());
                System.out.println(k + "-" + i + " " + img.truth().orElseThrow() + " " + img.degradation());
            }
        }
    }
}
