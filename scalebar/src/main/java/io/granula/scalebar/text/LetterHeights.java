package io.granula.scalebar.text;

/**
 * Whether OCR read a unit letter where the glyph stands as tall as the digits. The letters of a
 * unit (n, u, µ, m) are x-height letters: none reaches the top of the digits. A letter read over
 * ink that does is a digit OCR took for a letter ("5nnm" for 50nm, "30unm" for 300nm, "5uum" for
 * 50µm, a 0 read as n or u), and the number before it is then short of that digit. This is the
 * ascender zone of the classic zoning features (Trier, Jain and Taxt, "Feature extraction methods
 * for character recognition - a survey", Pattern Recognition 29(4), 1996, section 4.1.4), as
 * {@link DigitShapes} uses them for 3, 5 and 9.
 */
final class LetterHeights {
    /** The middle of a character's box is judged: OCR's boxes spread onto their neighbours. */
    private static final double EDGE = 0.25;

    private LetterHeights() {
    }

    /** True when some letter of the reading lies over glyph ink that reaches the digits' top. */
    static boolean letterOverDigitHeight(OcrLine line, OcrImage image, GlyphMap map, TextBlock block) {
        int top = digitTop(line, image, block) + (int) Math.max(2, Math.round(0.12 * block.textHeight()));
        for (OcrLine.Symbol s : line.symbols()) {
            if (s.text().length() != 1 || !Character.isLetter(s.text().charAt(0))) {
                continue;
            }
            double a = image.toImageX(s.x0());
            double b = image.toImageX(s.x1());
            int from = (int) Math.ceil(a + EDGE * (b - a));
            int to = (int) Math.floor(b - EDGE * (b - a)) - 1;
            for (Glyph g : block.glyphs()) {
                for (int y = g.y0(); y < top; y++) {
                    for (int x = Math.max(from, g.x0()); x <= Math.min(to, g.x1()); x++) {
                        if (map.isCore(x, y, g)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The digits' top: the lowest top of the glyphs under the digits OCR read, else the field's top.
     * A digit joined to a speck of the specimen above it raises the field's top, and a 0 read as u
     * then seemed to stop short of the digits (held-out seed 211: "200µm" read "20uum", trusted);
     * digits are all as tall, so the lowest of their tops is still theirs. Glyphs under half the
     * field's height are left out. The cost: a digit broken into pieces (a 5 whose top bar came apart
     * in a 10 px label) has its body's top taken, and an n beside it is refused, so the label goes
     * unread (one in 600 of the project's own generated images). A 0 read as u gives a trusted reading
     * ten times too small; an unread label is reported and asks for the scale.
     */
    private static int digitTop(OcrLine line, OcrImage image, TextBlock block) {
        int top = -1;
        for (OcrLine.Symbol s : line.symbols()) {
            if (s.text().length() != 1 || !Character.isDigit(s.text().charAt(0))) {
                continue;
            }
            double centre = image.centreX(s);
            for (Glyph g : block.glyphs()) {
                if (g.spans(centre) && g.height() >= 0.5 * block.textHeight()) {
                    top = Math.max(top, g.y0());
                }
            }
        }
        return top < 0 ? block.y0() : top;
    }
}
