package io.granula.reports.settings;

/**
 * Keeps particles whose {@code measurement} lies in {@code [min, max]}, in the physical unit of
 * the results (either bound may be null: open). Measurement names are the CSV column stems,
 * e.g. "ecd", "circularity".
 */
public record RangeFilter(String measurement, Double min, Double max) {
    public RangeFilter {
        if (measurement == null || measurement.isBlank()) {
            throw new IllegalArgumentException("a filter needs a measurement name");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("filter on " + measurement + ": min " + min + " > max " + max);
        }
    }

    public boolean accepts(double value) {
        return !Double.isNaN(value) && (min == null || value >= min) && (max == null || value <= max);
    }
}
