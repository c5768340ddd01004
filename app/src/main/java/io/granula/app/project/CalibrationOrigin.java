package io.granula.app.project;

import io.granula.core.calib.CalibrationSource;

/**
 * Where a stored pixel size came from. Finer than core's {@link CalibrationSource}: a pixel size the
 * user typed and one the user measured by drawing a line over a known length are both "user" to the
 * core, but a reviewer wants to know which.
 */
public enum CalibrationOrigin {
    METADATA, SCALE_BAR, TYPED, DRAWN, NONE;

    public CalibrationSource coreSource() {
        return switch (this) {
            case METADATA -> CalibrationSource.METADATA;
            case SCALE_BAR -> CalibrationSource.SCALE_BAR;
            case TYPED, DRAWN -> CalibrationSource.USER;
            case NONE -> CalibrationSource.NONE;
        };
    }

    /** The origin of a core calibration ({@code USER} becomes {@link #TYPED}). */
    public static CalibrationOrigin of(CalibrationSource source) {
        return switch (source) {
            case METADATA -> METADATA;
            case SCALE_BAR -> SCALE_BAR;
            case USER -> TYPED;
            case NONE -> NONE;
        };
    }

    /** True for a pixel size the user gave by hand: a re-analysis keeps it instead of reading the file again. */
    public boolean isManual() {
        return this == TYPED || this == DRAWN;
    }
}
