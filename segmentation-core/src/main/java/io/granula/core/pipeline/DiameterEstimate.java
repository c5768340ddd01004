package io.granula.core.pipeline;

import io.granula.core.label.LabelImage;

import java.util.Arrays;

/**
 * Object size from a first segmentation, for the second pass at the model's scale. Cellpose
 * estimates the diameter with a separate size model regressed on the style vector
 * (Stringer et al. 2021, "SizeModel"); with our own networks a first pass at native scale and
 * the median equivalent circular diameter of its masks (Cellpose's {@code utils.diameters}:
 * median of sqrt(area)/(sqrt(pi)/2)) does the same job without a second network.
 */
public final class DiameterEstimate {
    private DiameterEstimate() {
    }

    /** Median ECD in pixels of the objects, or NaN when there are none. */
    public static double medianDiameter(LabelImage labels) {
        int max = labels.maxLabel();
        int[] counts = new int[max + 1];
        for (int v : labels.labels()) {
            if (v > 0) {
                counts[v]++;
            }
        }
        double[] d = Arrays.stream(counts, 1, counts.length).filter(c -> c > 0)
                .mapToDouble(c -> Math.sqrt(4.0 * c / Math.PI)).sorted().toArray();
        if (d.length == 0) {
            return Double.NaN;
        }
        int m = d.length / 2;
        return d.length % 2 == 1 ? d[m] : 0.5 * (d[m - 1] + d[m]);
    }

    /**
     * Whether the measured diameter is far enough from the model's that resizing pays: within
     * a factor 1.25 the networks are scale tolerant (they are trained with 0.5-2x scale
     * augmentation) and resizing would only blur.
     */
    public static boolean worthRescaling(double measured, double trained) {
        if (!(measured > 0) || !(trained > 0)) {
            return false;
        }
        double ratio = measured / trained;
        return ratio > 1.25 || ratio < 0.8;
    }
}
