package io.granula.reports.chart;

/** A curve through points in data units, e.g. a cumulative distribution. */
public record LineSeries(String label, double[] x, double[] y) {
    public LineSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
    }
}
