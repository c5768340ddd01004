package io.granula.reports.chart;

/**
 * One violin: a density estimate evaluated at {@code values} (from the statistics package's
 * kernel density estimate) with the box drawn inside it.
 */
public record ViolinSummary(double[] values, double[] density, BoxSummary box) {
    public ViolinSummary {
        if (values.length != density.length) {
            throw new IllegalArgumentException(values.length + " values for " + density.length + " densities");
        }
    }
}
