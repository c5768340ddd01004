package io.granula.core.stats;

import java.util.Arrays;

/**
 * Tukey box-plot numbers (J. W. Tukey, Exploratory Data Analysis, 1977; McGill, Tukey and Larsen, Amer.
 * Statistician 32, 1978): quartiles by the {@link CumulativeDistribution} definition, whiskers at the most
 * extreme values within 1.5 IQR of the box, and every value beyond them as an outlier.
 *
 * @param outliers values outside the whiskers, ascending
 */
public record BoxPlot(int n, double q1, double median, double q3, double lowerWhisker, double upperWhisker,
                      double[] outliers, double mean) {
    public static final double WHISKER_IQR = 1.5;

    public static BoxPlot of(double[] values) {
        double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = x.length;
        if (n == 0) {
            return new BoxPlot(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, new double[0], Double.NaN);
        }
        CumulativeDistribution q = CumulativeDistribution.of(x);
        double q1 = q.quantile(0.25), med = q.quantile(0.5), q3 = q.quantile(0.75);
        double iqr = q3 - q1;
        double lowFence = q1 - WHISKER_IQR * iqr, highFence = q3 + WHISKER_IQR * iqr;
        double lower = Double.NaN, upper = Double.NaN, sum = 0;
        int nOut = 0;
        double[] out = new double[n];
        for (double v : x) {
            sum += v;
            if (v < lowFence || v > highFence) {
                out[nOut++] = v;
            } else {
                if (Double.isNaN(lower)) {
                    lower = v;
                }
                upper = v;
            }
        }
        return new BoxPlot(n, q1, med, q3, lower, upper, Arrays.copyOf(out, nOut), sum / n);
    }

    public double iqr() {
        return q3 - q1;
    }
}
