package io.granula.scalebar.printed;

import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real micrographs (../shared/data/real, else sample-images/) and the same with text printed on them. */
final class PrintedScenes {
    private PrintedScenes() {
    }

    static Path sharedReal() {
        return Path.of(System.getProperty("granula.shared.data", "../shared/data")).resolve("real");
    }

    /** Every image of the four real sets (PNG and JPEG), empty when the shared data is absent. */
    static List<Path> realImages() {
        if (!Files.isDirectory(sharedReal())) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(sharedReal())) {
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

    /** 8-bit copy: values clipped to 0..255 (the real sets are 8-bit). */
    static BufferedImage toAwt(Image2D img) {
        BufferedImage b = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_BYTE_GRAY);
        float[] p = img.plane(0);
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                b.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, Math.round(p[y * img.width() + x]))));
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

    static int medianGrey(BufferedImage b) {
        int[] v = b.getRaster().getSamples(0, 0, b.getWidth(), b.getHeight(), 0, (int[]) null);
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    /** How a label is printed. */
    record Label(String text, Font font, int grey, Integer box, int x, int baseline) {
    }

    /** Draws the labels (anti-aliased, as figure software does) and returns each one's ink box. */
    static List<Rectangle> print(BufferedImage b, List<Label> labels) {
        Graphics2D g = b.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        List<Rectangle> boxes = new java.util.ArrayList<>();
        for (Label l : labels) {
            g.setFont(l.font());
            Rectangle r = new TextLayout(l.text(), l.font(), g.getFontRenderContext()).getPixelBounds(null, l.x(), l.baseline());
            if (l.box() != null) {
                int pad = Math.max(3, r.height / 4);
                g.setColor(new Color(l.box(), l.box(), l.box()));
                g.fillRect(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad);
            }
            g.setColor(new Color(l.grey(), l.grey(), l.grey()));
            g.drawString(l.text(), l.x(), l.baseline());
            boxes.add(r);
        }
        g.dispose();
        return boxes;
    }
}
