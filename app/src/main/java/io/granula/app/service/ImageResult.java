package io.granula.app.service;

import io.granula.core.calib.Calibration;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleTable;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.RunRecord;

import java.nio.file.Path;
import java.util.Map;

/**
 * One image analysed: labels, measurements, calibration and the run record that replays it.
 *
 * @param calibrationDetails where the calibration came from (scale bar position, label, warnings), as
 *                           calibration.json stores it
 */
public record ImageResult(Path source, ImageAnalysis analysis, Map<String, Object> calibrationDetails, RunRecord run,
                          double seconds) {
    public ImageResult {
        calibrationDetails = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(calibrationDetails));
    }

    public LabelImage labels() {
        return analysis.labels();
    }

    public ParticleTable particles() {
        return analysis.particles();
    }

    public Calibration calibration() {
        return analysis.calibration();
    }
}
