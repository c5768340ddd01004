package io.granula.reports.chart;

/** Scatter points of one series in data units (one point per particle). */
public record PointSeries(String label, double[] x, double[] y) {
    public PointSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
    }
}
