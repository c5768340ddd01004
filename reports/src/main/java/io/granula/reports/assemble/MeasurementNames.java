package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.reports.ReportException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How measurements are named in print, and how settings name them (their CSV key, e.g. "min_feret"). */
public final class MeasurementNames {
    private MeasurementNames() {
    }

    /** "ECD", "Min feret", "Aspect ratio": the key in words. */
    public static String name(Measurement m) {
        if (m == Measurement.ECD) {
            return "ECD";
        }
        String words = m.key().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The measurement a settings entry names, or an error listing the valid names. */
    public static Measurement require(String key, String where) {
        return Measurement.byKey(key.trim().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new ReportException(
                "unknown measurement '" + key + "' in report settings (" + where + "); valid names: "
                        + Arrays.stream(Measurement.values()).map(Measurement::key).collect(Collectors.joining(", "))));
    }
}
