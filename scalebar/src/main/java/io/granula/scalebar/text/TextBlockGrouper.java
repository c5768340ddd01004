package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into fields: left-to-right chains of glyphs that share a text line and are separated
 * by less than {@link #GAP} text heights. A word space (about half a cap height) keeps "200 nm" and
 * "WD 7.8mm" whole; the wider gaps between an info strip's fields split them. Pieces of one character
 * stacked vertically are merged, and dots and commas join the field they sit in.
 */
public final class TextBlockGrouper {
    private static final double GAP = 1.2;
    /** Glyphs under this height are punctuation (decimal points), attached afterwards. */
    private static final int MIN_FULL_HEIGHT = 5;
    /** Two: touching characters merge, so "50nm" in a tight bold face can be "50" + "nm". */
    private static final int MIN_GLYPHS = 2;

    public List<TextBlock> group(GlyphMap map) {
        List<Glyph> glyphs = map.glyphs();
        List<Glyph> full = new ArrayList<>();
        List<Glyph> small = new ArrayList<>();
        for (Glyph g : glyphs) {
            (g.height() >= MIN_FULL_HEIGHT ? full : small).add(g);
        }
        // the dot in a dotted zero (DejaVu Sans Mono) or the counter of a broken glyph is no character
        List<Glyph> large = full;
        small.removeIf(s -> large.stream().anyMatch(f -> s.x0() > f.x0() && s.x1() < f.x1() && s.y0() > f.y0() && s.y1() < f.y1()));
        full = mergeStacked(full);
        absorbPieces(full, small);
        full.sort(Comparator.comparingInt(Glyph::x0));
        List<List<Glyph>> chains = LineChains.chain(full, TextBlockGrouper::fits);
        // a lone glyph much lower than the line beside it is punctuation (a decimal point of large text)
        List<List<Glyph>> lines = new ArrayList<>();
        for (List<Glyph> c : chains) {
            if (c.size() == 1 && c.get(0).height() < 0.45 * neighbourHeight(chains, c.get(0))) {
                small.add(c.get(0));
            } else {
                lines.add(c);
            }
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (List<Glyph> c : lines) {
            attachPunctuation(c, small);
            if (c.size() >= MIN_GLYPHS || isMergedWord(c)) {
                TextBlock b = block(map, c);
                if (looksLikeText(b)) {
                    blocks.add(b);
                }
            }
        }
        return blocks;
    }

    /**
     * Text has glyphs of a few heights only (digits, x-height letters, µ with its descender: at most
     * about 1 : 2), a line no taller than its digits plus a descender, and a label's length. Specimen
     * texture picked up as "ink" around a bar drawn on the image does not.
     */
    private static boolean looksLikeText(TextBlock b) {
        int t = b.textHeight();
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (Glyph g : b.glyphs()) {
            if (g.height() >= 0.5 * t) {
                lo = Math.min(lo, g.height());
                hi = Math.max(hi, g.height());
            }
        }
        return hi <= 2.2 * lo && b.height() <= 1.6 * t && b.glyphs().size() <= 14 && b.width() <= 14 * t;
    }

    /** A single glyph as wide as a short word: bold, tight or blurred text whose letters all touch. */
    private static boolean isMergedWord(List<Glyph> c) {
        return c.size() == 1 && c.get(0).width() >= 1.5 * c.get(0).height();
    }

    /** Height of the tallest glyph of another chain whose span covers {@code g}, 0 when none does. */
    private static int neighbourHeight(List<List<Glyph>> chains, Glyph g) {
        int h = 0;
        for (List<Glyph> c : chains) {
            if (c.size() > 1 && c.get(0).x0() < g.x0() && c.get(c.size() - 1).x1() > g.x1()) {
                for (Glyph o : c) {
                    if (o.y0() <= g.y1() && o.y1() >= g.y0()) {
                        h = Math.max(h, o.height());
                    }
                }
            }
        }
        return h;
    }

    /** Gap to the chain's last glyph when {@code g} continues the chain's line, else -1. */
    private static int fits(List<Glyph> chain, Glyph g) {
        Glyph last = chain.get(chain.size() - 1);
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Glyph c : chain) {
            top = Math.min(top, c.y0());
            bottom = Math.max(bottom, c.y1());
        }
        int lineHeight = bottom - top + 1;
        int gap = g.x0() - last.x1() - 1;
        if (gap < -1 || gap > GAP * lineHeight) {
            return -1;
        }
        int overlap = Math.min(bottom, g.y1()) - Math.max(top, g.y0()) + 1;
        boolean sameLine = overlap >= 0.5 * Math.min(g.height(), lineHeight);
        boolean similarSize = g.height() >= 0.35 * lineHeight && g.height() <= 2.5 * lineHeight;
        return sameLine && similarSize ? Math.max(0, gap) : -1;
    }

    /**
     * A character broken into pieces one above the other (thin strokes at small sizes, a faint join)
     * is one glyph. Stacked text lines are not merged: their gap is wider than 2 px.
     */
    private static List<Glyph> mergeStacked(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs);
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    Glyph a = out.get(i);
                    Glyph b = out.get(j);
                    int xOverlap = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()) + 1;
                    int yGap = Math.max(a.y0(), b.y0()) - Math.min(a.y1(), b.y1()) - 1;
                    if (xOverlap >= 0.7 * Math.min(a.width(), b.width()) && yGap <= 2
                            && Math.max(a.y1(), b.y1()) - Math.min(a.y0(), b.y0()) < 2.2 * Math.max(a.height(), b.height())) {
                        out.set(i, a.union(b));
                        out.remove(j);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /**
     * A small piece lying under or over a glyph's columns and within its rows (the base of a '2' that
     * a faint join left apart) is part of that glyph, not punctuation.
     */
    private static void absorbPieces(List<Glyph> full, List<Glyph> small) {
        for (java.util.Iterator<Glyph> it = small.iterator(); it.hasNext(); ) {
            Glyph s = it.next();
            for (int i = 0; i < full.size(); i++) {
                Glyph f = full.get(i);
                int xOverlap = Math.min(s.x1(), f.x1()) - Math.max(s.x0(), f.x0()) + 1;
                if (xOverlap >= 0.7 * s.width() && s.y0() >= f.y0() - 2 && s.y1() <= f.y1() + 2) {
                    full.set(i, f.union(s));
                    it.remove();
                    break;
                }
            }
        }
    }

    private static void attachPunctuation(List<Glyph> chain, List<Glyph> small) {
        int top = chain.stream().mapToInt(Glyph::y0).min().orElse(0);
        int bottom = chain.stream().mapToInt(Glyph::y1).max().orElse(0);
        int h = bottom - top + 1;
        int x0 = chain.get(0).x0();
        int x1 = chain.get(chain.size() - 1).x1();
        for (Glyph s : small) {
            boolean inside = s.x0() > x0 && s.x1() < x1;
            boolean lowInLine = s.y0() > top + h / 3 && s.y1() <= bottom + h / 4;
            if (inside && lowInLine && s.area() >= 2) {
                chain.add(s);
            }
        }
        chain.sort(Comparator.comparingInt(Glyph::x0));
    }

    /**
     * The block's box and baseline. The baseline is the lowest row whose strong ink spans at least a
     * quarter of the block's widest row: digits and letters all stand on it, while below it only a
     * µ's narrow descender (or a comma) reaches. This holds where every letter has merged into one glyph.
     */
    private static TextBlock block(GlyphMap map, List<Glyph> c) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Glyph g : c) {
            x0 = Math.min(x0, g.x0());
            y0 = Math.min(y0, g.y0());
            x1 = Math.max(x1, g.x1());
            y1 = Math.max(y1, g.y1());
        }
        int[] rowInk = new int[y1 - y0 + 1];
        for (Glyph g : c) {
            for (int y = g.y0(); y <= g.y1(); y++) {
                for (int x = g.x0(); x <= g.x1(); x++) {
                    if (map.isCore(x, y, g)) {
                        rowInk[y - y0]++;
                    }
                }
            }
        }
        int widest = Arrays.stream(rowInk).max().orElse(0);
        int baseline = y1;
        while (baseline > y0 && rowInk[baseline - y0] < 0.25 * widest) {
            baseline--;
        }
        return new TextBlock(c, x0, y0, x1, y1, baseline, baseline - y0 + 1);
    }
}
