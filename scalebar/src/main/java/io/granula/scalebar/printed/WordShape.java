package io.granula.scalebar.printed;

import io.granula.scalebar.text.OcrWord;

/**
 * When OCR's reading of an ink word confirms it as printed text. Specimen objects that pass the ink
 * shape test are rings (hollow or core-shell particles), arcs and rods; OCR reads them as o, O, 0, c,
 * C, u, n, l, I, 1. A single glyph read as one of those is never confirmed (the price: a lone panel
 * letter "c" or "o" is not found; "(c)" is); a longer word needs two other characters, or one read
 * with high confidence, or to be a bracketed letter.
 * A lone glyph must also stand where panel letters stand, in a corner of the image (the outer
 * {@link #CORNER} of its width and of its height): a saturated particle rim in mid-image can read as
 * "5" or "f" with high confidence.
 */
final class WordShape {
    static final int MIN_CONFIDENCE_WORD = 50;
    static final int MIN_CONFIDENCE_GLYPH = 90;
    /** A word with one distinctive character only ("Au", "Hl") needs this confidence. */
    static final int MIN_CONFIDENCE_SHORT = 80;
    static final double CORNER = 0.2;
    private static final String AMBIGUOUS = "oO0QDCcUunlIi1|jJ";
    private static final String ALLOWED = "()[].,:;'-+/%&";

    private WordShape() {
    }

    private static boolean inCorner(InkWord w, int width, int height) {
        boolean side = w.x1() < CORNER * width || w.x0() >= (1 - CORNER) * width;
        boolean end = w.y1() < CORNER * height || w.y0() >= (1 - CORNER) * height;
        return side && end;
    }

    static boolean confirms(InkWord w, OcrWord read, int width, int height) {
        String text = read.text().replaceAll("\\s+", "");
        if (text.isEmpty() || text.length() > 3 * w.glyphs().size() + 1) {
            return false;
        }
        int alnum = 0;
        int distinctive = 0;
        int other = 0;
        for (char c : text.toCharArray()) {
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && ALLOWED.indexOf(c) < 0) {
                // a speck of specimen beside a label reads as a symbol: one is tolerated in a longer word
                if (++other > (text.length() >= 4 ? 1 : 0)) {
                    return false;
                }
                continue;
            }
            if (letterOrDigit) {
                alnum++;
                distinctive += AMBIGUOUS.indexOf(c) < 0 ? 1 : 0;
            }
        }
        if (alnum == 0) {
            return false;
        }
        boolean bracketed = text.matches("[(\\[][A-Za-z0-9][)\\]]|[A-Za-z0-9][).]");
        if (w.glyphs().size() == 1) {
            return read.confidence() >= MIN_CONFIDENCE_GLYPH && text.length() == 1 && distinctive == 1
                    && inCorner(w, width, height);
        }
        boolean shaped = bracketed || distinctive >= 2 || (distinctive == 1 && read.confidence() >= MIN_CONFIDENCE_SHORT);
        return read.confidence() >= MIN_CONFIDENCE_WORD && shaped && text.length() + 1 >= w.glyphs().size();
    }
}
