package io.granula.core.annotate;

import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real micrographs of ../shared/data/real, and real ones with annotation drawn on them. */
final class RealMicrographs {
    private RealMicrographs() {
    }

    static Path root() {
        return Path.of(System.getProperty("granula.shared.data", "../shared/data")).resolve("real");
    }

    static boolean present() {
        return Files.isDirectory(root());
    }

    /** Every image of the four real sets (PNG and JPEG). */
    static List<Path> all() {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(p -> p.getParent().getFileName().toString().equals("images"))
                    .filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Image2D read(Path p) {
        try {
            return ImageReaders.read(p).firstPage().toGray();
        } catch (ImageReadException e) {
            throw new IllegalStateException(e);
        }
    }

    static BufferedImage toAwt(Image2D img) {
        BufferedImage b = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_BYTE_GRAY);
        float[] p = img.plane(0);
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int v = Math.max(0, Math.min(255, Math.round(p[y * img.width() + x])));
                b.getRaster().setSample(x, y, 0, v);
            }
        }
        return b;
    }

    static Image2D fromAwt(BufferedImage b) {
        float[] p = new float[b.getWidth() * b.getHeight()];
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                p[y * b.getWidth() + x] = b.getRaster().getSample(x, y, 0);
            }
        }
        return Image2D.gray(b.getWidth(), b.getHeight(), p);
    }

    /** The micrograph with a {@code strip}-px black band below it holding white text and a bar, as SEMs print. */
    static Image2D withDataStrip(Image2D micrograph, int strip) {
        BufferedImage b = new BufferedImage(micrograph.width(), micrograph.height() + strip, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = b.createGraphics();
        g.drawImage(toAwt(micrograph), 0, 0, null);
        g.setColor(Color.BLACK);
        g.fillRect(0, micrograph.height(), micrograph.width(), strip);
        g.setColor(Color.WHITE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, strip / 3));
        g.drawString("200 nm   EHT = 5.00 kV   WD = 6.1 mm   Mag = 50.00 K X", 8, micrograph.height() + strip * 2 / 3);
        g.fillRect(micrograph.width() - 120, micrograph.height() + strip / 2, 100, 4);
        g.dispose();
        return fromAwt(b);
    }
}
