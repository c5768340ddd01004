package io.granula.core.pipeline;

import io.granula.core.dynamics.MaskResult;

/**
 * One segmentation pass made while searching for the particle size.
 *
 * @param masks    what the pass found
 * @param assumed  the particle diameter (image pixels) the image was resized for
 * @param measured the median diameter of the masks found (NaN when none)
 * @param coverage the fraction of the image inside masks
 */
record SizedPass(MaskResult masks, double assumed, double measured, double coverage) {
    SizedPass(MaskResult masks, double assumed) {
        this(masks, assumed, DiameterEstimate.medianDiameter(masks.labels()), coverage(masks));
    }

    int objects() {
        return masks.labels().objectCount();
    }

    private static double coverage(MaskResult masks) {
        int[] labels = masks.labels().labels();
        long inside = 0;
        for (int v : labels) {
            if (v > 0) {
                inside++;
            }
        }
        return labels.length == 0 ? 0 : (double) inside / labels.length;
    }
}
