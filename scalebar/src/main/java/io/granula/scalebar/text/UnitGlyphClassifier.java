package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the unit's first letter from the label's own geometry, because the English Tesseract model
 * has no µ and drops it or reads it as n, u, y, p.
 * <ul>
 *   <li>µ when ink descends below the baseline: no other label character does, and it holds
 *   where µ has merged with the digit before it or the m after it.</li>
 *   <li>Otherwise the unit is the last two x-height letters (where they touch, one glyph split
 *   between its stems) and must end in m, three stems in a row through its lower part. Its first
 *   letter is m when it has three stems too;</li>
 *   <li>n when the letter before is closed at the top of its centre columns and open at the
 *   bottom, u the other way round.</li>
 * </ul>
 */
public final class UnitGlyphClassifier {
    public enum First { MICRO, U, N, M, UNKNOWN }

    /** One letter: a glyph, or the columns of a glyph that holds two touching letters. */
    private record Letter(Glyph glyph, int x0, int x1, int y0, int y1) {
        int height() {
            return y1 - y0 + 1;
        }

        int width() {
            return x1 - x0 + 1;
        }
    }

    public First classify(GlyphMap map, TextBlock block) {
        if (hasDescender(map, block)) {
            return First.MICRO;
        }
        List<Letter> unit = unitLetters(map, block);
        if (unit.size() != 2) {
            return First.UNKNOWN;
        }
        Letter m = unit.get(1);
        if (stems(map, m, block.baseline()).size() != 3) {
            return First.UNKNOWN; // the unit does not end in m
        }
        Letter first = unit.get(0);
        int stems = stems(map, first, block.baseline()).size();
        if (stems == 3) {
            return First.M;
        }
        if (stems != 2) {
            return First.UNKNOWN;
        }
        boolean top = centreInk(map, first, true, block.baseline());
        boolean bottom = centreInk(map, first, false, block.baseline());
        if (top && !bottom) {
            return First.N;
        }
        if (bottom && !top) {
            return First.U;
        }
        return First.UNKNOWN;
    }

    /**
     * Core ink below the baseline in a glyph of at least half the text height, as narrow and as short
     * as a stroke: only µ descends in a label (digits and n, u, m do not; a decimal comma is small),
     * and this holds where µ has merged with the digit before it or the m after it.
     */
    private static boolean hasDescender(GlyphMap map, TextBlock block) {
        int t = block.textHeight();
        int depth = (int) Math.max(2, Math.round(0.12 * t));
        for (Glyph g : block.glyphs()) {
            if (g.height() < 0.5 * t) {
                continue;
            }
            boolean below = false;
            boolean stroke = true;
            int y = block.baseline() + depth;
            for (int width : descenderWidths(map, g, block.baseline(), depth)) {
                if (width > 0) {
                    below = true;
                    // a µ's descender is one stroke, a third of the text height deep at most; ink
                    // wider or deeper is a blob the letter touches (a dark particle under an n)
                    stroke &= width <= Math.max(3, MAX_DESCENDER_WIDTH * t) && y - block.baseline() <= MAX_DESCENDER_DEPTH * t;
                }
                y++;
            }
            if (below && stroke) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit's first letter for a field nothing else reads (see {@link LabelReader#readField}): as
     * {@link #classify} says, but µ also where the descender ends in a foot serif. DejaVu Serif Bold's
     * µ has one, 9-10 px wide under a 5-6 px stem at a 22 px text height, which the stroke test of
     * {@link #classify} takes for a blob (and OCR then drops the µ: "5m").
     */
    public First classifyWithFootSerif(GlyphMap map, TextBlock block) {
        First strict = classify(map, block);
        return strict != First.MICRO && hasFootedDescender(map, block) ? First.MICRO : strict;
    }

    /**
     * A stroke below the baseline, at least {@link #FOOT_ROWS} rows as narrow as {@link #hasDescender}
     * asks, ending in {@link #FOOT_ROWS} rows that widen beyond the stroke, up to
     * {@link #MAX_FOOT_WIDTH}: a serif widens the stem's end, where a particle the letter touches
     * narrows as it rounds off (or is wide all the way down).
     */
    private static boolean hasFootedDescender(GlyphMap map, TextBlock block) {
        int t = block.textHeight();
        int depth = (int) Math.max(2, Math.round(0.12 * t));
        for (Glyph g : block.glyphs()) {
            if (g.height() < 0.5 * t || g.y1() - block.baseline() > MAX_DESCENDER_DEPTH * t) {
                continue;
            }
            List<Integer> widths = new ArrayList<>();
            for (int width : descenderWidths(map, g, block.baseline(), depth)) {
                if (width > 0) {
                    widths.add(width);
                }
            }
            int n = widths.size();
            if (n < 2 * FOOT_ROWS) {
                continue;
            }
            int stem = widths.subList(0, n - FOOT_ROWS).stream().mapToInt(Integer::intValue).max().orElseThrow();
            int foot = widths.subList(n - FOOT_ROWS, n).stream().mapToInt(Integer::intValue).max().orElseThrow();
            if (stem <= Math.max(3, MAX_DESCENDER_WIDTH * t) && foot > stem && foot <= MAX_FOOT_WIDTH * t) {
                return true;
            }
        }
        return false;
    }

    /**
     * The widths of {@code g}'s core ink (see {@link #rowWidths}) in each row from {@code depth} below the
     * baseline down, where a descender is judged; none when the ink there does not hang from the letter,
     * that is when some row from the baseline down to {@code depth} below it has no core ink. A descender
     * is the letter's stem going on below the line, while a speck of noise or a particle's rim that the
     * glyph's fringe joins hangs under it across a row of no core ink (held-out VERTICAL-004 of seed 16:
     * a bright speck 2-5 rows under a serif "20" made "200 nm" a µm reading).
     */
    private static int[] descenderWidths(GlyphMap map, Glyph g, int baseline, int depth) {
        int[] fromBaseline = rowWidths(map, g, baseline);
        int judged = Math.min(depth, fromBaseline.length);
        for (int i = 0; i < judged; i++) {
            if (fromBaseline[i] == 0) {
                return new int[0];
            }
        }
        return java.util.Arrays.copyOfRange(fromBaseline, judged, fromBaseline.length);
    }

    /** Width of the core ink, first to last column, in each row of {@code g} from {@code fromY} down (0: none). */
    private static int[] rowWidths(GlyphMap map, Glyph g, int fromY) {
        int[] widths = new int[Math.max(0, g.y1() - fromY + 1)];
        for (int y = fromY; y <= g.y1(); y++) {
            int from = Integer.MAX_VALUE;
            int to = Integer.MIN_VALUE;
            for (int x = g.x0(); x <= g.x1(); x++) {
                if (map.isCore(x, y, g)) {
                    from = Math.min(from, x);
                    to = x;
                }
            }
            widths[y - fromY] = to >= from ? to - from + 1 : 0;
        }
        return widths;
    }

    /** Rows a foot serif spans at the end of a descender. */
    private static final int FOOT_ROWS = 2;
    /** Widest row of a foot serif, in text heights: a serif about twice the stem's width. */
    private static final double MAX_FOOT_WIDTH = 0.6;

    /** Widest row of a µ's descender below the baseline, in text heights (a bold stem, blurred). */
    private static final double MAX_DESCENDER_WIDTH = 0.4;
    /** Deepest row of a µ's descender below the baseline, in text heights (DejaVu's is about 0.3). */
    private static final double MAX_DESCENDER_DEPTH = 0.5;

    /**
     * Trailing glyphs whose tops lie clearly below the digits' tops (tops of the strong ink, so a faint
     * anti-aliased fringe does not blur the difference), punctuation left out, as letters.
     */
    private static List<Letter> unitLetters(GlyphMap map, TextBlock block) {
        int t = block.textHeight();
        List<Glyph> gs = block.glyphs();
        int digitTop = Integer.MAX_VALUE;
        for (Glyph g : gs) {
            digitTop = Math.min(digitTop, coreTop(map, g));
        }
        double step = Math.max(2, 0.12 * t);
        List<Glyph> trailing = new ArrayList<>();
        for (int i = gs.size() - 1; i >= 0; i--) {
            Glyph g = gs.get(i);
            if (g.height() < 0.3 * t) {
                continue;
            }
            if (coreTop(map, g) - digitTop >= step) {
                trailing.add(0, g);
            } else {
                break;
            }
        }
        List<Letter> letters = new ArrayList<>();
        for (Glyph g : trailing) {
            letters.add(new Letter(g, g.x0(), g.x1(), g.y0(), g.y1()));
        }
        if (letters.size() == 1) {
            Letter merged = letters.get(0);
            List<int[]> runs = stems(map, merged, block.baseline());
            // two touching letters: 2 + 3 stems (nm, um, µm) or 3 + 3 (mm)
            int split = runs.size() == 5 ? 2 : runs.size() == 6 ? 3 : -1;
            int shared = sharedStem(runs);
            if (shared >= 0) {
                // two letters touching stem to stem: the shared stem is cut in the middle
                int cut = (runs.get(shared)[0] + runs.get(shared)[1]) / 2;
                letters = List.of(shrink(map, merged, merged.x0(), cut), shrink(map, merged, cut + 1, merged.x1()));
            } else if (split > 0) {
                int cut = (runs.get(split - 1)[1] + runs.get(split)[0]) / 2;
                letters = List.of(shrink(map, merged, merged.x0(), cut), shrink(map, merged, cut + 1, merged.x1()));
            }
        }
        return letters;
    }

    /**
     * Index of the stem two touching letters share (mm: 3 + 3 stems with the middle two fused, 5 runs;
     * nm or um: 2 + 3 fused, 4 runs): a run at least 1.7 times as wide as the others' median, where
     * the letter after it is an m. -1 when there is none.
     */
    private static int sharedStem(List<int[]> runs) {
        int at = runs.size() == 5 ? 2 : runs.size() == 4 ? 1 : -1;
        if (at < 0) {
            return -1;
        }
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (i != at) {
                others.add(runs.get(i)[1] - runs.get(i)[0] + 1);
            }
        }
        others.sort(null);
        int n = others.size();
        double median = n % 2 == 1 ? others.get(n / 2) : (others.get(n / 2 - 1) + others.get(n / 2)) / 2.0;
        int wide = runs.get(at)[1] - runs.get(at)[0] + 1;
        return wide >= 1.7 * median ? at : -1;
    }

    private static int coreTop(GlyphMap map, Glyph g) {
        for (int y = g.y0(); y <= g.y1(); y++) {
            for (int x = g.x0(); x <= g.x1(); x++) {
                if (map.isCore(x, y, g)) {
                    return y;
                }
            }
        }
        return g.y1();
    }

    /** The letter over columns [x0, x1] of a glyph, its rows fitted to the ink there. */
    private static Letter shrink(GlyphMap map, Letter g, int x0, int x1) {
        int y0 = Integer.MAX_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (int y = g.y0(); y <= g.y1(); y++) {
            for (int x = x0; x <= x1; x++) {
                if (map.isInk(x, y, g.glyph())) {
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return y0 > y1 ? g : new Letter(g.glyph(), x0, x1, y0, y1);
    }

    /**
     * Ink runs [start, end] along the row 60 % of the way from a letter's top down to the baseline
     * (below n's and m's arches, above u's bowl; a µ's descender does not move it).
     */
    private static List<int[]> stems(GlyphMap map, Letter g, int baseline) {
        int bottom = Math.min(g.y1(), baseline);
        int y = g.y0() + (int) Math.round(0.6 * (bottom - g.y0()));
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int x = g.x0(); x <= g.x1() + 1; x++) {
            boolean ink = x <= g.x1() && map.isCore(x, y, g.glyph());
            if (ink && start < 0) {
                start = x;
            } else if (!ink && start >= 0) {
                runs.add(new int[]{start, x - 1});
                start = -1;
            }
        }
        return runs;
    }

    /**
     * Ink in the top (or bottom) quarter of the letter's centre columns: an n's arch closes its top
     * there and a u's bowl its bottom, while serifs stay near the stems.
     */
    private static boolean centreInk(GlyphMap map, Letter g, boolean top, int baseline) {
        int bottom = Math.min(g.y1(), baseline);
        int band = Math.max(1, (bottom - g.y0() + 4) / 4);
        int from = top ? g.y0() : bottom - band + 1;
        int cx0 = g.x0() + (int) Math.floor(0.4 * (g.width() - 1));
        int cx1 = g.x0() + (int) Math.ceil(0.6 * (g.width() - 1));
        for (int x = cx0; x <= cx1; x++) {
            boolean found = false;
            for (int y = from; y < from + band && !found; y++) {
                found = map.isCore(x, y, g.glyph());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
