package io.granula.core.stats;

import java.util.Arrays;

/**
 * Violin-plot outline: a Gaussian kernel density estimate evaluated on an even grid from the smallest to
 * the largest value (the violin is cut at the data, as matplotlib's violinplot does, so sizes never go
 * negative). Bandwidth by Silverman's rule of thumb h = 0.9 min(s, IQR / 1.34) n^(-1/5) (B. W. Silverman,
 * Density Estimation for Statistics and Data Analysis, 1986, eq. 3.31), falling back to whichever spread is
 * non-zero. The density integrates to 1 over the whole line (so slightly less over the cut grid).
 *
 * @param value   grid positions, ascending
 * @param density estimated probability density at each position
 */
public record Violin(double[] value, double[] density, double bandwidth, int n) {
    public static final int DEFAULT_POINTS = 128;

    public static Violin of(double[] values) {
        return of(values, DEFAULT_POINTS);
    }

    public static Violin of(double[] values, int points) {
        double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = x.length;
        if (n == 0) {
            return new Violin(new double[0], new double[0], Double.NaN, 0);
        }
        double h = silvermanBandwidth(x);
        double lo = x[0], hi = x[n - 1];
        int m = lo == hi ? 1 : Math.max(2, points);
        double[] grid = new double[m];
        double[] density = new double[m];
        double norm = 1.0 / (n * h * Math.sqrt(2 * Math.PI));
        double reach = 8 * h; // exp(-32) is below double noise next to the peak
        for (int g = 0; g < m; g++) {
            double y = m == 1 ? lo : lo + (hi - lo) * g / (m - 1);
            grid[g] = y;
            // values are sorted: only those within 8 h contribute
            int from = lowerBound(x, y - reach);
            double sum = 0;
            for (int i = from; i < n && x[i] <= y + reach; i++) {
                double u = (y - x[i]) / h;
                sum += Math.exp(-0.5 * u * u);
            }
            density[g] = sum * norm;
        }
        return new Violin(grid, density, h, n);
    }

    /** Silverman's rule of thumb on sorted finite values. */
    static double silvermanBandwidth(double[] sorted) {
        int n = sorted.length;
        Descriptive d = Descriptive.of(sorted);
        CumulativeDistribution q = CumulativeDistribution.of(sorted);
        double s = n > 1 ? d.std() : 0;
        double iqr = (q.quantile(0.75) - q.quantile(0.25)) / 1.34;
        double spread = s > 0 && iqr > 0 ? Math.min(s, iqr) : Math.max(s, iqr);
        if (!(spread > 0)) {
            spread = Math.max(Math.abs(sorted[0]), 1.0) * 1e-3; // all equal: a narrow spike
        }
        return 0.9 * spread * Math.pow(n, -0.2);
    }

    private static int lowerBound(double[] x, double v) {
        int lo = 0, hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
