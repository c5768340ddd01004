package io.granula.scalebar.heldout;

import io.granula.scalebar.ScaleBarReader;
import io.granula.scalebar.ScaleBarResult;
import io.granula.scalebar.text.OcrEngine;
import io.granula.scalebar.text.OcrImage;
import io.granula.scalebar.text.OcrLine;
import io.granula.scalebar.text.TesseractOcr;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads dumped held-out images (PNG files written by {@link HeldOutEvaluation}'s DUMP_DIR) and
 * writes every crop the label reader sends to OCR, with what OCR answered, so a label that is
 * found but not read can be looked at: {@code OcrCropProbe OUT_DIR IMAGE.png...}. A debugging tool.
 */
public final class OcrCropProbe {
    private OcrCropProbe() {
    }

    /** Passes every call on to Tesseract and writes its image and answer. */
    private static final class Recording implements OcrEngine {
        private final OcrEngine engine;
        private final Path dir;
        private String prefix = "";
        private int n;

        Recording(OcrEngine engine, Path dir) {
            this.engine = engine;
            this.dir = dir;
        }

        @Override
        public OcrLine readLine(OcrImage image, Characters characters, Layout layout) {
            OcrLine line = engine.readLine(image, characters, layout);
            String name = String.format("%s-%02d-%s-%s.png", prefix, n++, characters, layout);
            System.out.printf("  %s origin %d,%d scale %.2f '%s'%n", name, image.originX(), image.originY(), image.scale(),
                    line.text());
            BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
            b.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
            try {
                ImageIO.write(b, "png", dir.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return line;
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Recording rec = new Recording(TesseractOcr.open(), out);
        try (ScaleBarReader reader = new ScaleBarReader(Optional.of(rec), Optional.empty())) {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                rec.prefix = Path.of(a).getFileName().toString().replace(".png", "");
                rec.n = 0;
                System.out.println(a);
                var img = HeldOutGenerator.toImage2D(ImageIO.read(Path.of(a).toFile()));
                ScaleBarResult r = reader.read(img);
                System.out.printf("  read %s raw '%s' len %.2f conf %.2f bar %s field %s%n",
                        r.label().map(Object::toString).orElse("-"), r.rawText(), r.barLengthPx(), r.confidence(),
                        r.bar().map(Object::toString).orElse("-"), r.labelField().map(f -> f.x0() + "," + f.y0() + ".."
                                + f.x1() + "," + f.y1() + " glyphs " + f.glyphs().size()).orElse("-"));
            }
        }
    }
}
