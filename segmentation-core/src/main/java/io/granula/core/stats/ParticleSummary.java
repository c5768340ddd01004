package io.granula.core.stats;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementUnits;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Summary statistics of the particles of one image that passed a filter: what the results table footer,
 * summary.csv and the PDF report print.
 *
 * @param count        particles that passed the filter
 * @param totalCount   particles measured before filtering
 * @param units        the units of the measurement values
 * @param measurements per measurement, over the passing particles
 * @param ecdDValues   D10/D50/D90 of the equivalent circular diameter by number, area and volume
 */
public record ParticleSummary(int count, int totalCount, MeasurementUnits units,
                              Map<Measurement, Descriptive> measurements, Map<Weighting, DValues> ecdDValues) {
    public ParticleSummary {
        measurements = Collections.unmodifiableMap(new EnumMap<>(measurements));
        ecdDValues = Collections.unmodifiableMap(new EnumMap<>(ecdDValues));
    }

    public Descriptive of(Measurement m) {
        Descriptive d = measurements.get(m);
        if (d == null) {
            throw new IllegalArgumentException(m.key() + " is not in this summary");
        }
        return d;
    }

    public DValues dValues(Weighting w) {
        return ecdDValues.get(w);
    }
}
