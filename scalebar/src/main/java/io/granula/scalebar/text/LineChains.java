package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Chains glyphs into lines of text, left to right: each glyph joins the chain it continues with the
 * smallest gap, or starts a chain of its own. What "continues" means (same line, similar height, near
 * enough) is the caller's rule; the scale-bar label reader and the printed-text finder share this walk.
 */
public final class LineChains {
    private LineChains() {
    }

    /**
     * @param sortedByX glyphs in order of their left edge
     * @param gapTo     gap from a chain's last glyph to the glyph when the glyph continues that chain, else -1
     */
    public static <G> List<List<G>> chain(List<G> sortedByX, ToIntBiFunction<List<G>, G> gapTo) {
        List<List<G>> chains = new ArrayList<>();
        for (G g : sortedByX) {
            List<G> best = null;
            int bestGap = Integer.MAX_VALUE;
            for (List<G> c : chains) {
                int gap = gapTo.applyAsInt(c, g);
                if (gap >= 0 && gap < bestGap) {
                    best = c;
                    bestGap = gap;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                chains.add(best);
            }
            best.add(g);
        }
        return chains;
    }
}
