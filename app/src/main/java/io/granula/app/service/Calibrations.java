package io.granula.app.service;

import io.granula.core.pipeline.CalibrationResolver;
import io.granula.scalebar.ScaleBarCalibrationResolver;
import io.granula.scalebar.ScaleBarReader;

import java.util.function.Consumer;

/** The calibration chain for images without a typed scale: instrument metadata, then the scale bar. */
final class Calibrations {
    private Calibrations() {
    }

    /**
     * A resolver reading metadata and scale bars; warnings (metadata and bar disagree, Tesseract
     * missing) go to {@code warnings}. Its OCR engine lives as long as the run (one process).
     */
    static CalibrationResolver fromFileOrScaleBar(Consumer<String> warnings) {
        return new ScaleBarCalibrationResolver(ScaleBarReader.open(), warnings);
    }
}
