package io.granula.core.stats;

/**
 * Count, extremes, mean and sample standard deviation (n - 1 in the denominator, as ImageJ's
 * Analyzer.summarize and spreadsheets' STDEV) of one measurement over the selected particles. NaN values
 * are not counted. {@code std} is NaN for fewer than two values; everything but {@code n} is NaN for none.
 */
public record Descriptive(int n, double min, double max, double mean, double std) {

    public static Descriptive of(double[] values) {
        return of(values, null);
    }

    /** Over {@code values[rows[i]]}, or over all values when {@code rows} is null. */
    public static Descriptive of(double[] values, int[] rows) {
        int count = rows == null ? values.length : rows.length;
        int n = 0;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int i = 0; i < count; i++) {
            double v = values[rows == null ? i : rows[i]];
            if (Double.isNaN(v)) {
                continue;
            }
            n++;
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (n == 0) {
            return new Descriptive(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < count; i++) { // two-pass: no cancellation for large, tightly spread values
            double v = values[rows == null ? i : rows[i]];
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        return new Descriptive(n, min, max, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN);
    }
}
