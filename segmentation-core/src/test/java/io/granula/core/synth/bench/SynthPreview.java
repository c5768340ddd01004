package io.granula.core.synth.bench;

import io.granula.core.image.Image2D;
import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SynthStyle;
import io.granula.core.synth.SyntheticImage;
import io.granula.core.synth.SyntheticMicrographs;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes contact sheets (image | labels in random colours) to look at the generator's output by
 * eye, and prints generation time per image. Args: OUT_DIR N SEED [STYLE|mixed] [SIZE].
 */
public final class SynthPreview {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/synth-preview");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        String style = args.length > 3 ? args[3] : "mixed";
        int size = args.length > 4 ? Integer.parseInt(args[4]) : 512;
        SynthConfig.Builder b = SynthConfig.builder().size(size);
        if (!style.equals("mixed")) {
            b.styles(List.of(SynthStyle.parse(style)));
        }
        Files.createDirectories(out);
        SyntheticMicrographs gen = new SyntheticMicrographs(b.build(), seed);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            SyntheticImage img = gen.generate(i);
            long t1 = System.nanoTime();
            String name = String.format("%03d_%s_%s_%d", i, img.style().id(), img.arrangement().name().toLowerCase(), img.particles().size());
            ImageIO.write(sheet(img), "png", out.resolve(name + ".png").toFile());
            System.out.printf("%s %.0f ms%n", name, (t1 - t0) / 1e6);
        }
    }

    static BufferedImage sheet(SyntheticImage img) {
        Image2D im = img.image();
        int w = im.width(), h = im.height();
        float[] p = im.plane(0);
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (float v : p) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        BufferedImage bi = new BufferedImage(2 * w + 4, h, BufferedImage.TYPE_INT_RGB);
        int[] lab = img.labels().labels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = (int) ((p[y * w + x] - lo) * 255 / Math.max(1e-6f, hi - lo));
                bi.setRGB(x, y, g * 0x010101);
                int l = lab[y * w + x];
                int c = l == 0 ? 0 : (int) ((l * 2654435761L) & 0xFFFFFF) | 0x404040;
                bi.setRGB(w + 4 + x, y, c);
            }
        }
        return bi;
    }
}
