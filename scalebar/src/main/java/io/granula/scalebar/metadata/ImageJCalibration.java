package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;

import java.util.Locale;
import java.util.Optional;

/**
 * ImageJ TIFF: the description starts "ImageJ=" and names the length {@code unit=} (micron, µm
 * written as \u00B5m, nm, ...); the pixel width is 1 / XResolution in that unit (ImageJ's
 * FileSaver/TiffEncoder). {@code spacing=} is the z step of stacks, not a pixel width, and is not used.
 */
public final class ImageJCalibration implements MetadataCalibrationReader {

    @Override
    public Optional<Calibration> read(MetadataContext context) {
        Optional<String> description = context.metadata().description();
        if (description.isEmpty() || !description.get().startsWith("ImageJ=")) {
            return Optional.empty();
        }
        Optional<String> unitText = IniText.value(description.get(), null, "unit");
        double perUnit = context.metadata().pixelsPerUnitX();
        if (unitText.isEmpty() || !(perUnit > 0) || !Double.isFinite(perUnit)) {
            return Optional.empty();
        }
        Optional<String> unit = LengthUnits.lengthUnit(unitText.get());
        if (unit.isEmpty()) {
            return Optional.empty(); // "pixel", "inch" or an unknown unit: not a physical calibration
        }
        double nm = Calibration.nanometresPer(unit.get()) / perUnit;
        return Optional.of(new Calibration(nm, CalibrationSource.METADATA, String.format(Locale.ROOT,
                "ImageJ description unit=%s, XResolution %s px per %s", unitText.get(), perUnit, unit.get())));
    }
}
