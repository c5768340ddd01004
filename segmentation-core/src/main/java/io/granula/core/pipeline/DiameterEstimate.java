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
        return median(diameters(labels));
    }

    /** The median of the values (sorted in place), NaN when there are none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int m = values.length / 2;
        return values.length % 2 == 1 ? values[m] : 0.5 * (values[m - 1] + values[m]);
    }

    /** ECD in pixels, sqrt(4 area / pi), of every object (in label order). */
    public static double[] diameters(LabelImage labels) {
        int max = labels.maxLabel();
        int[] counts = new int[max + 1];
        for (int v : labels.labels()) {
            if (v > 0) {
                counts[v]++;
            }
        }
        return Arrays.stream(counts, 1, counts.length).filter(c -> c > 0)
                .mapToDouble(c -> Math.sqrt(4.0 * c / Math.PI)).toArray();
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
