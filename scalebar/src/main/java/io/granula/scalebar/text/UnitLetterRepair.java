package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the unit's letters where OCR read them as digits: Tesseract reads a small n as 1 ("251m"
 * for 25 nm) and a small m, or an m blurred into the letter before, as 8 ("300n8" for 300nm). A
 * letter's glyph is an x-height one (its ink stays below the digits' tops), so a digit read there is
 * a letter: an m when it is the field's last glyph (every unit ends in m), else the unit's first
 * letter as the glyph geometry ({@link UnitGlyphClassifier}) names it.
 */
final class UnitLetterRepair {
    private UnitLetterRepair() {
    }

    /**
     * @param first the unit's first letter as the geometry shows it (n, u or m), or 0 when it cannot
     *              tell (then only a digit on the final m is put back)
     * @return the line with those digits replaced; the line unchanged when there are none, or when
     * its text and symbols do not line up
     */
    static OcrLine repair(OcrLine line, OcrImage image, char first, GlyphMap map, TextBlock block) {
        List<OcrLine.Symbol> symbols = line.symbols();
        Glyph last = block.glyphs().stream().max((a, b) -> Integer.compare(a.x0(), b.x0())).orElse(null);
        char[] replacement = new char[symbols.size()];
        boolean any = false;
        boolean digitBefore = false;
        boolean letterBefore = false;
        for (int i = 0; i < symbols.size(); i++) {
            String t = symbols.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            if (!Character.isDigit(t.charAt(0))) {
                letterBefore |= digitBefore && Character.isLetter(t.charAt(0));
                continue;
            }
            // Only where a letter belongs: a digit after the letters began ("300n8"), or the last
            // digit right before them ("251m"). A digit broken into pieces can look x-height, but it
            // sits among digits.
            boolean letterPlace = digitBefore && (letterBefore || lastDigitBeforeLetter(symbols, i));
            Glyph on = letterPlace ? letterUnder(symbols.get(i), image, map, block) : null;
            digitBefore = true;
            if (on == null) {
                continue;
            }
            char letter = on == last && !onFirstOfTwo(symbols.get(i), image, on, block) ? 'm' : first;
            if (letter != 0) {
                replacement[i] = letter;
                any = true;
            }
        }
        if (!any) {
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
            out.append(replacement[k] != 0 ? replacement[k] : c);
            k++;
        }
        if (k != symbols.size()) {
            return line;
        }
        List<OcrLine.Symbol> fixed = new ArrayList<>(symbols);
        for (int i = 0; i < symbols.size(); i++) {
            if (replacement[i] != 0) {
                OcrLine.Symbol s = symbols.get(i);
                fixed.set(i, new OcrLine.Symbol(String.valueOf(replacement[i]), s.x0(), s.y0(), s.x1(), s.y1()));
            }
        }
        return new OcrLine(out.toString(), fixed);
    }

    /** The symbol at {@code i} is followed by a letter, with no digit after it. */
    private static boolean lastDigitBeforeLetter(List<OcrLine.Symbol> symbols, int i) {
        for (int j = i + 1; j < symbols.size(); j++) {
            String t = symbols.get(j).text();
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                return false;
            }
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The glyph holds two touching letters (it is wider than the text is high) and the symbol is on the first. */
    private static boolean onFirstOfTwo(OcrLine.Symbol s, OcrImage image, Glyph g, TextBlock block) {
        double centre = image.centreX(s);
        return g.width() > block.textHeight() && centre < g.centreX();
    }

    /** The glyph of the field under the symbol's centre when its ink stays below the digits' tops. */
    private static Glyph letterUnder(OcrLine.Symbol s, OcrImage image, GlyphMap map, TextBlock block) {
        double centre = image.centreX(s);
        for (Glyph g : block.glyphs()) {
            if (g.spans(centre) && g.height() >= 0.3 * block.textHeight()
                    && !ReadingCoverage.reachesDigitTop(map, g, block)) {
                return g;
            }
        }
        return null;
    }
}
