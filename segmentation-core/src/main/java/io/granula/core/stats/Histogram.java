package io.granula.core.stats;

import java.util.Arrays;

/**
 * Counts (or summed weights) of values in bins. Bins are half-open [edge_i, edge_(i+1)) except the last,
 * which also holds its right edge, so the maximum is always counted.
 *
 * @param edges    bins + 1 ascending edges
 * @param weights  per bin, the number of values (unweighted) or the sum of their weights
 * @param total    sum of {@code weights}
 * @param excluded values left out: NaN, infinite, or not positive on a log axis
 */
public record Histogram(double[] edges, double[] weights, double total, int excluded, Binning.Scale scale) {

    public static Histogram of(double[] values, Binning binning) {
        return of(values, null, binning);
    }

    /** @param weights one weight per value (e.g. {@link Weighting#weight} of the ECD), or null to count */
    public static Histogram of(double[] values, double[] weights, Binning binning) {
        if (weights != null && weights.length != values.length) {
            throw new IllegalArgumentException(values.length + " values but " + weights.length + " weights");
        }
        boolean log = binning.scale() == Binning.Scale.LOG;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        int excluded = 0;
        for (double v : values) {
            if (usable(v, log)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            } else {
                excluded++;
            }
        }
        if (excluded == values.length) {
            return new Histogram(new double[0], new double[0], 0, excluded, binning.scale());
        }
        double[] edges = binning.edges(min, max);
        int bins = edges.length - 1;
        double[] sums = new double[bins];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!usable(v, log)) {
                continue;
            }
            int b = Arrays.binarySearch(edges, v);
            b = b >= 0 ? Math.min(b, bins - 1) : -b - 2;
            b = Math.max(0, Math.min(b, bins - 1));
            double w = weights == null ? 1.0 : weights[i];
            sums[b] += w;
            total += w;
        }
        return new Histogram(edges, sums, total, excluded, binning.scale());
    }

    private static boolean usable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    public int bins() {
        return weights.length;
    }

    /** Share of the total in bin i (0 when the histogram is empty). */
    public double fraction(int bin) {
        return total == 0 ? 0 : weights[bin] / total;
    }

    /** Middle of bin i on its own axis: arithmetic on a linear axis, geometric on a log axis. */
    public double center(int bin) {
        return scale == Binning.Scale.LOG ? Math.sqrt(edges[bin] * edges[bin + 1]) : (edges[bin] + edges[bin + 1]) / 2;
    }
}
