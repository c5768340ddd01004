package io.granula.app.project;

import io.granula.core.measure.Measurement;

/**
 * The measurements of one particle, in the units of the image's current calibration.
 *
 * @param values by {@link Measurement#ordinal()}; NaN where not measured (intensity without an image)
 */
public record ParticleRow(int label, double[] values) {
    public ParticleRow {
        if (values.length != Measurement.values().length) {
            throw new IllegalArgumentException("expected " + Measurement.values().length + " values, got " + values.length);
        }
    }

    public double value(Measurement m) {
        return values[m.ordinal()];
    }
}
