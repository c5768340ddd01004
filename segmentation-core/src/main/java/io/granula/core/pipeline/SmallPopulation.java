package io.granula.core.pipeline;

import io.granula.core.dynamics.LabelRenumbering;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.label.LabelImage;

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
    /** A mask of the finer pass is new when at most this fraction of its pixels lies on main masks. */
    static final double MAX_OVERLAP = 0.2;

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
     * rejected). Added masks keep only their background pixels and must still reach
     * {@code minSize}; labels are renumbered 1..N in raster order.
     */
    static MaskResult merge(MaskResult main, MaskResult fine, double mainDiameter, int minSize) {
        int[] a = main.labels().labels();
        int[] b = fine.labels().labels();
        if (a.length != b.length) {
            throw new IllegalArgumentException("passes of different sizes: " + a.length + " and " + b.length + " pixels");
        }
        int nb = fine.labels().maxLabel();
        int[] area = new int[nb + 1];
        int[] onMain = new int[nb + 1];
        for (int i = 0; i < b.length; i++) {
            if (b[i] > 0) {
                area[b[i]]++;
                if (a[i] > 0) {
                    onMain[b[i]]++;
                }
            }
        }
        double maxArea = Math.PI / 4 * Math.pow(mainDiameter / 2, 2);
        boolean[] add = new boolean[nb + 1];
        for (int l = 1; l <= nb; l++) {
            int free = area[l] - onMain[l];
            add[l] = area[l] > 0 && area[l] < maxArea && onMain[l] <= MAX_OVERLAP * area[l] && free >= minSize;
        }
        int offset = main.labels().maxLabel();
        int[] merged = a.clone();
        for (int i = 0; i < b.length; i++) {
            if (merged[i] == 0 && b[i] > 0 && add[b[i]]) {
                merged[i] = offset + b[i];
            }
        }
        LabelRenumbering.renumber(merged);
        LabelImage labels = new LabelImage(main.labels().width(), main.labels().height(), merged);
        return new MaskResult(labels, main.stageMillis(), main.device());
    }
}
