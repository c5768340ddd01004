package io.granula.reports.chart;

/**
 * One box of a box plot, as the statistics package computed it (the chart draws, never
 * computes): quartiles, whisker ends, mean, and the points beyond the whiskers.
 */
public record BoxSummary(String label, double lowerWhisker, double q1, double median, double q3,
                         double upperWhisker, double mean, double[] outliers) {
    public double min() {
        double m = lowerWhisker;
        for (double o : outliers) {
            m = Math.min(m, o);
        }
        return m;
    }

    public double max() {
        double m = upperWhisker;
        for (double o : outliers) {
            m = Math.max(m, o);
        }
        return m;
    }
}
