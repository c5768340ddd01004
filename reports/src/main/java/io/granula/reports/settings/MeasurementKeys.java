package io.granula.reports.settings;

import io.granula.core.measure.Measurement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Settings name measurements by their CSV key ("ecd", "min_feret"); this is where a key becomes a measurement. */
public final class MeasurementKeys {
    private MeasurementKeys() {
    }

    /** The measurement {@code key} names, or an error that says where the key was and lists the valid ones. */
    public static Measurement measurement(String key, String where) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Measurement.byKey(k).orElseThrow(() -> new IllegalArgumentException(
                "unknown measurement '" + key + "' in " + where + "; valid names: "
                        + Arrays.stream(Measurement.values()).map(Measurement::key).collect(Collectors.joining(", "))));
    }
}
