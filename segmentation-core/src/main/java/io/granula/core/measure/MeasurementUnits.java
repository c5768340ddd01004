package io.granula.core.measure;

import io.granula.core.calib.Calibration;

/**
 * The physical unit a {@link ParticleTable} reports in, and how many of it one pixel is.
 *
 * @param lengthUnit    ASCII unit name used in column headers: "px", "nm" or "um"
 * @param unitsPerPixel length of one pixel side in {@code lengthUnit} (1 for "px")
 */
public record MeasurementUnits(String lengthUnit, double unitsPerPixel) {
    /** Images whose pixels are this many nm or larger report in micrometres; finer ones in nanometres. */
    public static final double MICROMETRE_FROM_NM_PER_PIXEL = 100.0;

    public MeasurementUnits {
        if (!(unitsPerPixel > 0) || !Double.isFinite(unitsPerPixel)) {
            throw new IllegalArgumentException("units per pixel must be positive: " + unitsPerPixel);
        }
    }

    public static MeasurementUnits pixels() {
        return new MeasurementUnits("px", 1.0);
    }

    /**
     * Pixels when uncalibrated; nanometres for pixels finer than {@value #MICROMETRE_FROM_NM_PER_PIXEL} nm
     * (electron microscopy), micrometres otherwise (light microscopy), so numbers stay readable.
     */
    public static MeasurementUnits forCalibration(Calibration calibration) {
        if (calibration == null || !calibration.isCalibrated()) {
            return pixels();
        }
        double nm = calibration.nmPerPixel();
        return nm < MICROMETRE_FROM_NM_PER_PIXEL ? new MeasurementUnits("nm", nm) : new MeasurementUnits("um", nm / 1000.0);
    }

    public boolean isCalibrated() {
        return !"px".equals(lengthUnit);
    }

    /** Factor from a pixel-unit value of this kind to this unit. */
    public double scale(UnitKind kind) {
        return switch (kind) {
            case LENGTH -> unitsPerPixel;
            case AREA -> unitsPerPixel * unitsPerPixel;
            case ANGLE, INTENSITY, NONE -> 1.0;
        };
    }

    /** Column-name suffix for a kind, e.g. "_nm2" for an area in nanometres; empty for ratios and intensities. */
    public String suffix(UnitKind kind) {
        return switch (kind) {
            case LENGTH -> "_" + lengthUnit;
            case AREA -> "_" + lengthUnit + "2";
            case ANGLE -> "_deg";
            case INTENSITY, NONE -> "";
        };
    }

    /** Unit as people write it, e.g. "µm²", for charts and reports. */
    public String displayUnit(UnitKind kind) {
        String length = "um".equals(lengthUnit) ? "µm" : lengthUnit;
        return switch (kind) {
            case LENGTH -> length;
            case AREA -> length + "²";
            case ANGLE -> "°";
            case INTENSITY, NONE -> "";
        };
    }
}
