package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells µ, u, n and m apart from the label's own geometry, because the English Tesseract model has
 * no µ and drops or misreads it. The unit is the run of x-height glyphs at the end of the label; its
 * first glyph is:
 * <ul>
 *   <li>µ when it descends below the baseline (the only label glyph that does);</li>
 *   <li>m when a row through its lower half crosses three stems;</li>
 *   <li>n when its top is closed (an arch) and its bottom open, u the other way round.</li>
 * </ul>
 */
public final class UnitGlyphClassifier {
    public enum First { MICRO, U, N, M, UNKNOWN }

    public First classify(GlyphMap map, TextBlock block) {
        List<Glyph> unit = unitGlyphs(block);
        if (unit.size() != 2) {
            return First.UNKNOWN;
        }
        Glyph first = unit.get(0);
        Glyph last = unit.get(1);
        int t = block.textHeight();
        if (stems(map, last) != 3) {
            return First.UNKNOWN; // the unit does not end in m
        }
        if (first.y1() - block.baseline() >= Math.max(2, 0.12 * t)) {
            return First.MICRO;
        }
        int stems = stems(map, first);
        if (stems == 3) {
            return First.M;
        }
        if (stems != 2) {
            return First.UNKNOWN;
        }
        double top = bandCover(map, first, true);
        double bottom = bandCover(map, first, false);
        if (top > bottom + 0.3) {
            return First.N;
        }
        if (bottom > top + 0.3) {
            return First.U;
        }
        return First.UNKNOWN;
    }

    /** Trailing glyphs whose tops lie clearly below the digits' tops, punctuation left out. */
    static List<Glyph> unitGlyphs(TextBlock block) {
        int t = block.textHeight();
        List<Glyph> out = new ArrayList<>();
        List<Glyph> gs = block.glyphs();
        for (int i = gs.size() - 1; i >= 0; i--) {
            Glyph g = gs.get(i);
            if (g.height() < 0.3 * t) {
                continue;
            }
            if (g.y0() - block.y0() >= 0.2 * t) {
                out.add(0, g);
            } else {
                break;
            }
        }
        return out;
    }

    /** Ink runs along the row 65 % of the way down a glyph (below n's and m's arches, above u's bowl). */
    private static int stems(GlyphMap map, Glyph g) {
        int y = g.y0() + (int) Math.round(0.65 * (g.height() - 1));
        int runs = 0;
        boolean in = false;
        for (int x = g.x0(); x <= g.x1(); x++) {
            boolean ink = map.idAt(x, y) == g.id();
            if (ink && !in) {
                runs++;
            }
            in = ink;
        }
        return runs;
    }

    /** Fraction of the middle half of the columns with ink in the glyph's top (or bottom) fifth. */
    private static double bandCover(GlyphMap map, Glyph g, boolean top) {
        int h = g.height();
        int band = Math.max(1, h / 5);
        int from = top ? g.y0() : g.y1() - band + 1;
        int x0 = g.x0() + g.width() / 4;
        int x1 = g.x1() - g.width() / 4;
        if (x1 < x0) {
            return 0;
        }
        int covered = 0;
        for (int x = x0; x <= x1; x++) {
            for (int y = from; y < from + band; y++) {
                if (map.idAt(x, y) == g.id()) {
                    covered++;
                    break;
                }
            }
        }
        return covered / (double) (x1 - x0 + 1);
    }
}
