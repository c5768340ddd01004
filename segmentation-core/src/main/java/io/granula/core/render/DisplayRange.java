package io.granula.core.render;

import java.util.Arrays;

/** Display limits of an image from its intensity percentiles. */
public final class DisplayRange {
    private DisplayRange() {
    }

    /**
     * Low and high percentiles (0..100) with numpy's default linear interpolation between order
     * statistics, on a subsample of at most 1 M values: plenty for a display range.
     */
    public static float[] percentiles(float[] values, double low, double high) {
        int step = Math.max(1, values.length / 1_000_000);
        float[] sample = new float[(values.length + step - 1) / step];
        for (int i = 0, j = 0; i < values.length; i += step, j++) {
            sample[j] = values[i];
        }
        Arrays.sort(sample);
        return new float[]{quantile(sample, low / 100), quantile(sample, high / 100)};
    }

    private static float quantile(float[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        double f = pos - i;
        return (float) (sorted[i] + f * (sorted[j] - sorted[i]));
    }
}
