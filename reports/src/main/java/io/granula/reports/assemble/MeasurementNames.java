package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.reports.settings.MeasurementKeys;


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

    /** The name inside a sentence: "circularity", "min feret", but "ECD". */
    public static String inSentence(Measurement m) {
        return m == Measurement.ECD ? "ECD" : m.key().replace('_', ' ');
    }

    /** The measurement a settings entry names (settings are validated when made, so this finds it). */
    public static Measurement require(String key, String where) {
        return MeasurementKeys.measurement(key, where);
    }
}
