package io.granula.core.pipeline;

import io.granula.core.calib.Calibration;
import io.granula.core.image.ImageDocument;

import java.util.Map;

/**
 * Finds an image's pixel size. The scale-bar module supplies the real one (instrument
 * metadata first, then the scale bar); the core only knows the seam.
 */
public interface CalibrationResolver {
    /** What was found, with details for calibration.json (bar position, label text, warnings). */
    record Resolved(Calibration calibration, Map<String, Object> details) {
        public Resolved {
            // JSON-shaped details keep nulls ("bar": null when none was found), which Map.copyOf refuses.
            details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        }
    }

    Resolved resolve(ImageDocument document);

    static CalibrationResolver fixed(Calibration calibration) {
        return doc -> new Resolved(calibration, Map.of());
    }
}
