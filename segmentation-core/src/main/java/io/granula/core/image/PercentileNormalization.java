package io.granula.core.image;

/**
 * Cellpose's input normalisation (cellpose/transforms.py normalize99): {@code (x - p_lo) /
 * (p_hi - p_lo)} with the percentiles taken over the whole plane; a plane whose range
 * {@code p_hi - p_lo} is not above 1e-3 becomes all zeros, as there. Non-finite pixels become 0.
 */
public final class PercentileNormalization {
    private PercentileNormalization() {
    }

    public static float[] apply(float[] plane, double lowerPercentile, double upperPercentile) {
        double[] p = Percentiles.of(plane, lowerPercentile, upperPercentile);
        float[] out = new float[plane.length];
        double range = p[1] - p[0];
        if (!(range > 1e-3)) {
            return out;
        }
        double lo = p[0];
        double inv = 1.0 / range;
        for (int i = 0; i < plane.length; i++) {
            float v = plane[i];
            out[i] = Float.isFinite(v) ? (float) ((v - lo) * inv) : 0f;
        }
        return out;
    }
}
