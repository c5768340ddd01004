package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells µ, u, n and m apart from the label's own geometry, because the English Tesseract model has
 * no µ and drops or misreads it. The unit is the run of x-height glyphs at the end of the label
 * (two letters, or one glyph where they touch, split between its stems); its first letter is:
 * <ul>
 *   <li>µ when it descends below the baseline (the only label letter that does);</li>
 *   <li>m when a row through its lower part crosses three stems;</li>
 *   <li>n when its top is closed (an arch) and its bottom open, u the other way round.</li>
 * </ul>
 */
public final class UnitGlyphClassifier {
    public enum First { MICRO, U, N, M, UNKNOWN }

    /** One letter: a glyph, or the columns of a glyph that holds two touching letters. */
    private record Letter(int id, int x0, int x1, int y0, int y1) {
        int height() {
            return y1 - y0 + 1;
        }

        int width() {
            return x1 - x0 + 1;
        }
    }

    public First classify(GlyphMap map, TextBlock block) {
        List<Letter> unit = unitLetters(map, block);
        if (unit.size() != 2) {
            return First.UNKNOWN;
        }
        Letter first = unit.get(0);
        Letter last = unit.get(1);
        if (stems(map, last).size() != 3) {
            return First.UNKNOWN; // the unit does not end in m
        }
        if (first.y1() - block.baseline() >= Math.max(2, 0.12 * block.textHeight())) {
            return First.MICRO;
        }
        int stems = stems(map, first).size();
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

    /** Trailing glyphs whose tops lie clearly below the digits' tops, punctuation left out, as letters. */
    private static List<Letter> unitLetters(GlyphMap map, TextBlock block) {
        int t = block.textHeight();
        List<Glyph> trailing = new ArrayList<>();
        List<Glyph> gs = block.glyphs();
        for (int i = gs.size() - 1; i >= 0; i--) {
            Glyph g = gs.get(i);
            if (g.height() < 0.3 * t) {
                continue;
            }
            if (g.y0() - block.y0() >= 0.2 * t) {
                trailing.add(0, g);
            } else {
                break;
            }
        }
        List<Letter> letters = new ArrayList<>();
        for (Glyph g : trailing) {
            letters.add(new Letter(g.id(), g.x0(), g.x1(), g.y0(), g.y1()));
        }
        if (letters.size() == 1) {
            Letter merged = letters.get(0);
            List<int[]> runs = stems(map, merged);
            // two touching letters: 2 + 3 stems (nm, um, µm) or 3 + 3 (mm)
            int split = runs.size() == 5 ? 2 : runs.size() == 6 ? 3 : -1;
            if (split > 0) {
                int cut = (runs.get(split - 1)[1] + runs.get(split)[0]) / 2;
                letters = List.of(shrink(map, merged, merged.x0(), cut), shrink(map, merged, cut + 1, merged.x1()));
            }
        }
        return letters;
    }

    /** The letter over columns [x0, x1] of a glyph, its rows fitted to the ink there. */
    private static Letter shrink(GlyphMap map, Letter g, int x0, int x1) {
        int y0 = Integer.MAX_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (int y = g.y0(); y <= g.y1(); y++) {
            for (int x = x0; x <= x1; x++) {
                if (map.idAt(x, y) == g.id()) {
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return y0 > y1 ? g : new Letter(g.id(), x0, x1, y0, y1);
    }

    /** Ink runs [start, end] along the row 65 % of the way down a letter (below n's and m's arches, above u's bowl). */
    private static List<int[]> stems(GlyphMap map, Letter g) {
        int y = g.y0() + (int) Math.round(0.65 * (g.height() - 1));
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int x = g.x0(); x <= g.x1() + 1; x++) {
            boolean ink = x <= g.x1() && map.isCore(x, y, g.id());
            if (ink && start < 0) {
                start = x;
            } else if (!ink && start >= 0) {
                runs.add(new int[]{start, x - 1});
                start = -1;
            }
        }
        return runs;
    }

    /** Fraction of the middle half of a letter's columns with ink in its top (or bottom) fifth. */
    private static double bandCover(GlyphMap map, Letter g, boolean top) {
        int band = Math.max(1, g.height() / 5);
        int from = top ? g.y0() : g.y1() - band + 1;
        int x0 = g.x0() + g.width() / 4;
        int x1 = g.x1() - g.width() / 4;
        if (x1 < x0) {
            return 0;
        }
        int covered = 0;
        for (int x = x0; x <= x1; x++) {
            for (int y = from; y < from + band; y++) {
                if (map.isCore(x, y, g.id())) {
                    covered++;
                    break;
                }
            }
        }
        return covered / (double) (x1 - x0 + 1);
    }
}
