package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;

import java.util.Optional;

/** Reads one instrument's own pixel size, when the file carries it. */
public interface MetadataCalibrationReader {
    /** A {@link io.granula.core.calib.CalibrationSource#METADATA} calibration whose detail names its origin. */
    Optional<Calibration> read(MetadataContext context);
}
