package io.granula.core.pipeline;

import io.granula.core.dynamics.MaskResult;

/**
 * Particles far larger than the size the search settled on: a few coarse grains or crystals among many fine ones. At the fine
 * particles' scale a grain three or more times the trained diameter is beyond what the network
 * recognises (its training zoom reaches 2x), and it is often missed outright rather than
 * fragmented. A pass with the image shrunk 3x more sees it at the trained size; its masks of at
 * least twice the main diameter are added where the main pass found nothing. The pass costs a
 * ninth of the main one.
 */
final class LargePopulation {
    /** How much coarser the extra pass looks than the main one. */
    static final double FACTOR = 3;
    /** Masks of the coarse pass smaller than this many main diameters are particles the main pass had. */
    static final double MIN_RATIO = 2;

    private LargePopulation() {
    }

    /** The diameter of the coarse pass, or NaN when the image shrunk that far is too small to look at. */
    static double diameter(SizedPass pass, ScaleSearch search) {
        double d = FACTOR * pass.assumed();
        return search.canShrinkTo(d) ? d : Double.NaN;
    }

    /** The main masks plus the coarse pass's masks of at least {@link #MIN_RATIO} main diameters that lie on background. */
    static MaskResult merge(MaskResult main, MaskResult coarse, double mainDiameter, int minSize) {
        return MaskMerge.addOnBackground(main, coarse, Math.PI / 4 * Math.pow(MIN_RATIO * mainDiameter, 2),
                Double.POSITIVE_INFINITY, minSize);
    }
}
