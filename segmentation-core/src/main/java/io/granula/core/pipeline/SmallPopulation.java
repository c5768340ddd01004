package io.granula.core.pipeline;

import io.granula.core.dynamics.MaskResult;

import java.util.Arrays;

/**
 * A second particle population far smaller than the one the size search settled on: bimodal
 * powders (primary particles beside secondary ones, satellites beside spheres, a fine fraction
 * between coarse grains). One diameter per image, Cellpose's convention, shows such particles to
 * the network at a fraction of its trained diameter, below the 0.5x its scale augmentation
 * covers, and it misses most of them. A pass at their own size finds them; its masks are added
 * where the main pass has none, so the main population keeps the masks it was found with.
 */
final class SmallPopulation {
    /**
     * Masks this many times smaller than the pass's diameter were seen below half the trained
     * diameter (the smallest scale of the training augmentation).
     */
    static final double RATIO = 2.5;
    /** A population worth a pass: at least this many masks, and this fraction of them. */
    static final int MIN_OBJECTS = 10;
    static final double MIN_FRACTION = 0.1;

    private SmallPopulation() {
    }

    /**
     * The median diameter of the small population among the pass's masks, or NaN when there is
     * none worth another pass.
     */
    static double diameter(SizedPass pass) {
        double limit = pass.assumed() / RATIO;
        double[] d = DiameterEstimate.diameters(pass.masks().labels());
        double[] small = Arrays.stream(d).filter(x -> x < limit).toArray();
        if (small.length < MIN_OBJECTS || small.length < MIN_FRACTION * d.length) {
            return Double.NaN;
        }
        return DiameterEstimate.median(small);
    }

    /**
     * The main masks plus every mask of the finer pass that lies (almost) on background and is
     * smaller than half the main diameter (larger ones are fragments of particles the main pass
     * rejected); see {@link MaskMerge#addOnBackground}.
     */
    static MaskResult merge(MaskResult main, MaskResult fine, double mainDiameter, int minSize) {
        return MaskMerge.addOnBackground(main, fine, 0, Math.PI / 4 * Math.pow(mainDiameter / 2, 2), minSize);
    }
}
