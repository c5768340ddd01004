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
     * missing) go to {@code warnings}. Its OCR engine is the run's, {@code ocr}.
     */
    static CalibrationResolver fromFileOrScaleBar(Consumer<String> warnings, SharedOcr ocr) {
        ScaleBarReader reader = new ScaleBarReader(ocr.engine(),
                ocr.problem().map(p -> "scale-bar labels cannot be read: " + p));
        return new ScaleBarCalibrationResolver(reader, warnings);
    }
}
