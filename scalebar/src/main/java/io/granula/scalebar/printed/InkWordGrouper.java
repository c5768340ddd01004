package io.granula.scalebar.printed;

import io.granula.scalebar.text.LineChains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chains glyphs of one polarity left to right into words: the next glyph shares the line (its rows
 * overlap the chain's by half the smaller height), has a similar height (brackets and capitals
 * against x-height letters: at most 1 : 2.5) and follows within {@link #GAP} line heights (a word
 * space is about half a cap height). The rule is the scale-bar label grouper's
 * ({@code TextBlockGrouper}), without its label-specific punctuation handling.
 */
final class InkWordGrouper {
    static final double GAP = 0.9;
    /** Longer chains are a row of specimen objects, not a printed label. */
    static final int MAX_GLYPHS = 24;

    List<InkWord> group(List<InkGlyph> glyphs) {
        List<InkGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(InkGlyph::x0));
        return LineChains.chain(sorted, InkWordGrouper::fits).stream().filter(c -> c.size() <= MAX_GLYPHS).map(InkWord::of).toList();
    }

    /** Gap to the chain's last glyph when {@code g} continues the chain's line, else -1. */
    private static int fits(List<InkGlyph> chain, InkGlyph g) {
        InkGlyph last = chain.get(chain.size() - 1);
        if (last.light() != g.light()) {
            return -1;
        }
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (InkGlyph c : chain) {
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
        boolean similar = g.height() >= 0.4 * lineHeight && g.height() <= 2.5 * lineHeight;
        return sameLine && similar ? Math.max(0, gap) : -1;
    }
}
