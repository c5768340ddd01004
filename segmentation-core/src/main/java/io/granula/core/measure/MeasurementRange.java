package io.granula.core.measure;

import java.util.Objects;

/**
 * Keeps particles whose value of one measurement lies in [min, max], both inclusive, in the table's units.
 * Use infinities for an open side. A NaN value never passes.
 */
public record MeasurementRange(Measurement measurement, double min, double max) {
    public MeasurementRange {
        Objects.requireNonNull(measurement, "measurement");
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("bad range for " + measurement.key() + ": [" + min + ", " + max + "]");
        }
    }

    public static MeasurementRange atLeast(Measurement m, double min) {
        return new MeasurementRange(m, min, Double.POSITIVE_INFINITY);
    }

    public static MeasurementRange atMost(Measurement m, double max) {
        return new MeasurementRange(m, Double.NEGATIVE_INFINITY, max);
    }

    public boolean test(double value) {
        return value >= min && value <= max;
    }
}
