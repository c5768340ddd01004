package io.granula.core.render;

import io.granula.core.image.Percentiles;

/** Display limits of an image from its intensity percentiles. */
public final class DisplayRange {
    private DisplayRange() {
    }

    /**
     * Low and high percentiles (0..100) with numpy's default linear interpolation between order
     * statistics, over every value: {@link Percentiles} counts 8/16-bit data in a histogram and
     * selects otherwise, O(n) either way, where sorting cost most of an overlay's time.
     */
    public static float[] percentiles(float[] values, double low, double high) {
        double[] p = Percentiles.of(values, low, high);
        return new float[]{(float) p[0], (float) p[1]};
    }
}
