package io.granula.reports.chart;

/**
 * Histogram bars of one series: bar {@code i} spans {@code edges[i]..edges[i+1]} with height
 * {@code heights[i]} (the histogram of the statistics package, already normalised).
 */
public record BarSeries(String label, double[] edges, double[] heights) {
    public BarSeries {
        if (edges.length != heights.length + 1) {
            throw new IllegalArgumentException(edges.length + " bin edges for " + heights.length + " bars");
        }
    }
}
