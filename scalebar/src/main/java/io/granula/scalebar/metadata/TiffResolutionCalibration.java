package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;

import java.util.Locale;
import java.util.Optional;

/**
 * TIFF XResolution with ResolutionUnit inch or centimetre. Most software writes a screen or print
 * resolution there (72, 96, 300 dpi...) that says nothing about the specimen, so those values are
 * ignored and this reader is consulted last.
 */
public final class TiffResolutionCalibration implements MetadataCalibrationReader {
    private static final double[] PRINT_DPI = {72, 75, 96, 100, 120, 144, 150, 180, 200, 240, 300, 320, 360, 400, 600,
            720, 800, 1200, 2400, 4800};

    @Override
    public Optional<Calibration> read(MetadataContext context) {
        double perUnit = context.metadata().pixelsPerUnitX();
        String unit = context.metadata().resolutionUnit();
        if (!(perUnit > 0) || !Double.isFinite(perUnit)) {
            return Optional.empty();
        }
        double dpi;
        double nmPerUnit;
        if (unit.equals("inch")) {
            dpi = perUnit;
            nmPerUnit = 2.54e7;
        } else if (unit.equals("cm")) {
            dpi = perUnit * 2.54;
            nmPerUnit = 1e7;
        } else {
            return Optional.empty();
        }
        for (double d : PRINT_DPI) {
            if (Math.abs(dpi - d) < 0.01 * d) {
                return Optional.empty();
            }
        }
        return Optional.of(new Calibration(nmPerUnit / perUnit, CalibrationSource.METADATA, String.format(Locale.ROOT,
                "TIFF XResolution %s px per %s", perUnit, unit)));
    }
}
