package io.granula.core.calib;

/** Where a pixel size came from; the report prints it per image. */
public enum CalibrationSource {
    METADATA, SCALE_BAR, USER, NONE
}
