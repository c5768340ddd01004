package io.granula.core.stats;

/**
 * Points of a cumulative distribution for charts: {@code value[i]} ascending, {@code fraction[i]} in 0..1
 * the share of the total weight below it (counting half its own weight), see {@link CumulativeDistribution}.
 * Draw as straight segments between points; the D-values lie on this polyline.
 */
public record CumulativeCurve(double[] value, double[] fraction) {
    public CumulativeCurve {
        if (value.length != fraction.length) {
            throw new IllegalArgumentException("values and fractions differ in length");
        }
    }

    public int size() {
        return value.length;
    }
}
