package io.granula.core.stats;

import java.util.Arrays;

/**
 * A weighted empirical cumulative distribution and its quantiles, one definition used everywhere (D-values,
 * quartiles, cumulative curves), so a chart read by eye gives the printed numbers.
 *
 * <p>Definition. Sort the values x_1 <= ... <= x_n with weights w_i > 0, total W. Particle i sits at the
 * middle of its own share of the weight: P_i = (w_1 + ... + w_(i-1) + w_i / 2) / W. The distribution
 * function is the polyline through the points (x_i, P_i), flat at 0 below x_1 and at 1 above x_n; the
 * quantile x_p (D10 = x_0.1, D50, D90) is its inverse: x_1 for p <= P_1, x_n for p >= P_n, otherwise the
 * linear interpolation between the two neighbouring points. This is ISO 9276-2:2014's cumulative
 * distribution Q_r(x) of a sample of individual particles with linear interpolation between them; with
 * equal weights it is Hyndman and Fan's definition 5 (Hazen's plotting position (i - 0.5) / n; Amer.
 * Statistician 50, 1996), whose D50 is the ordinary median.
 */
public final class CumulativeDistribution {
    private final double[] x;
    private final double[] p;

    private CumulativeDistribution(double[] x, double[] p) {
        this.x = x;
        this.p = p;
    }

    /** Unweighted (every value weighs 1). NaN values are left out. */
    public static CumulativeDistribution of(double[] values) {
        double[] x = finite(values);
        Arrays.sort(x);
        int n = x.length;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = (i + 0.5) / n;
        }
        return new CumulativeDistribution(x, p);
    }

    /**
     * @param values  the variable (e.g. ECD), any order
     * @param weights one positive weight per value; values with NaN, zero or negative weight are left out
     */
    public static CumulativeDistribution of(double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(values.length + " values but " + weights.length + " weights");
        }
        int n = 0;
        double[] v = new double[values.length];
        double[] w = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && weights[i] > 0 && Double.isFinite(weights[i])) {
                v[n] = values[i];
                w[n++] = weights[i];
            }
        }
        v = Arrays.copyOf(v, n);
        int[] order = IndexSort.order(v);
        double[] x = new double[n];
        double[] ws = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            x[k] = v[order[k]];
            ws[k] = w[order[k]];
            total += ws[k];
        }
        double[] p = new double[n];
        double below = 0;
        for (int k = 0; k < n; k++) {
            p[k] = (below + ws[k] / 2) / total;
            below += ws[k];
        }
        return new CumulativeDistribution(x, p);
    }

    /**
     * Distribution of particle sizes (e.g. ECD) weighted by count, area or volume, the weight being a
     * power of the size itself ({@link Weighting#weight}). Non-finite and non-positive sizes are left out.
     */
    public static CumulativeDistribution ofSizes(double[] sizes, Weighting weighting) {
        return ofSortedSizes(sortedSizes(sizes), weighting);
    }

    /** The finite positive sizes, ascending: sort once, then build each weighting with {@link #ofSortedSizes}. */
    static double[] sortedSizes(double[] sizes) {
        double[] x = Arrays.stream(sizes).filter(v -> Double.isFinite(v) && v > 0).toArray();
        Arrays.sort(x);
        return x;
    }

    static CumulativeDistribution ofSortedSizes(double[] x, Weighting weighting) {
        double[] weights = weighting.relativeWeights(x);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] p = new double[x.length];
        double below = 0;
        for (int k = 0; k < x.length; k++) {
            double w = weights[k];
            p[k] = (below + w / 2) / total;
            below += w;
        }
        return new CumulativeDistribution(x, p);
    }

    public int size() {
        return x.length;
    }

    /** The quantile x_p, 0 <= p <= 1; NaN for an empty distribution. */
    public double quantile(double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("quantile must be in 0..1: " + p);
        }
        int n = x.length;
        if (n == 0) {
            return Double.NaN;
        }
        if (p <= this.p[0]) {
            return x[0];
        }
        if (p >= this.p[n - 1]) {
            return x[n - 1];
        }
        int hi = Arrays.binarySearch(this.p, p);
        if (hi >= 0) {
            return x[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double t = (p - this.p[lo]) / (this.p[hi] - this.p[lo]);
        return x[lo] + t * (x[hi] - x[lo]);
    }

    /** The polyline the quantiles invert: sorted values and their cumulative fractions P_i. */
    public CumulativeCurve curve() {
        return new CumulativeCurve(x.clone(), p.clone());
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
