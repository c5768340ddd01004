package io.granula.scalebar.text;

import io.granula.scalebar.TestImages;
import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.BarDetector;
import io.granula.scalebar.bar.GrayPlane;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** A white bar with a text line above it on a dark strip, taken through detection to its label field. */
record LabelScene(GrayPlane plane, BarCandidate bar, GlyphMap map, List<TextBlock> blocks, List<LabelBarMatcher.Match> matches) {

    static LabelScene of(String text, Font font) {
        return of(text, font, g -> {
        });
    }

    /** As {@link #of(String, Font)}, with {@code more} drawn in the text's colour after it (baseline at y 70, text from x 60). */
    static LabelScene of(String text, Font font, java.util.function.Consumer<java.awt.Graphics2D> more) {
        BufferedImage img = TestImages.canvas(420, 140, 15);
        TestImages.draw(img, g -> {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(font);
            g.drawString(text, 60, 70);
            g.fillRect(60, 90, 140, 4);
            more.accept(g);
        });
        GrayPlane plane = GrayPlane.of(TestImages.gray(img, 1, 5));
        BarCandidate bar = new BarDetector().detect(plane).get(0);
        GlyphMap map = new GlyphFinder().find(plane, bar);
        List<TextBlock> blocks = new TextBlockGrouper().group(map);
        return new LabelScene(plane, bar, map, blocks, new LabelBarMatcher().rank(bar, map, blocks));
    }

    TextBlock label() {
        return matches.get(0).block();
    }

    /** {@code chars} as if OCR read one per glyph of the label, boxes (in OCR pixels) exactly over them. */
    OcrLine readGlyphByGlyph(String chars, OcrImage image) {
        java.util.List<OcrLine.Symbol> symbols = new java.util.ArrayList<>();
        for (int i = 0; i < chars.length(); i++) {
            Glyph g = label().glyphs().get(i);
            int x0 = (int) Math.round((g.x0() - image.originX()) * image.scale() + image.margin());
            int x1 = (int) Math.round((g.x1() + 1 - image.originX()) * image.scale() + image.margin());
            symbols.add(new OcrLine.Symbol(String.valueOf(chars.charAt(i)), x0, 10, x1, 40));
        }
        return new OcrLine(chars, symbols);
    }
}
