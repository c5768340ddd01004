package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the unit's first letter where OCR read it as a digit: Tesseract reads a small n as 1
 * ("251m" for 25 nm). The letter's glyph is an x-height one (its ink stays below the digits' tops),
 * so a digit read there is the letter the glyph geometry ({@link UnitGlyphClassifier}) names.
 */
final class UnitLetterRepair {
    private UnitLetterRepair() {
    }

    /**
     * @param letter the unit's first letter as the geometry shows it (n, u or m)
     * @return the line with its last digit replaced by {@code letter} when that digit lies over an
     * x-height glyph and follows another digit; else the line unchanged
     */
    static OcrLine repair(OcrLine line, OcrImage image, char letter, GlyphMap map, TextBlock block) {
        List<OcrLine.Symbol> symbols = line.symbols();
        int last = -1;
        int digits = 0;
        for (int i = 0; i < symbols.size(); i++) {
            String t = symbols.get(i).text();
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                last = i;
                digits++;
            }
        }
        if (last < 0 || digits < 2 || !onLetter(symbols.get(last), image, map, block)) {
            return line;
        }
        // the text's non-blank characters are the symbols, in order; where they are not, leave it
        String text = line.text();
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                continue;
            }
            if (k >= symbols.size() || !symbols.get(k).text().equals(String.valueOf(c))) {
                return line;
            }
            out.append(k == last ? letter : c);
            k++;
        }
        if (k != symbols.size()) {
            return line;
        }
        List<OcrLine.Symbol> fixed = new ArrayList<>(symbols);
        OcrLine.Symbol s = symbols.get(last);
        fixed.set(last, new OcrLine.Symbol(String.valueOf(letter), s.x0(), s.y0(), s.x1(), s.y1()));
        return new OcrLine(out.toString(), fixed);
    }

    /** The symbol's centre lies over a glyph of the field whose ink stays below the digits' tops. */
    private static boolean onLetter(OcrLine.Symbol s, OcrImage image, GlyphMap map, TextBlock block) {
        double centre = (image.toImageX(s.x0()) + image.toImageX(s.x1())) / 2;
        for (Glyph g : block.glyphs()) {
            if (centre >= g.x0() && centre <= g.x1() + 1 && g.height() >= 0.3 * block.textHeight()
                    && !ReadingCoverage.reachesDigitTop(map, g, block)) {
                return true;
            }
        }
        return false;
    }
}
