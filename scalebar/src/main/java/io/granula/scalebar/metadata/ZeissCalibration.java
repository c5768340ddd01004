package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zeiss SmartSEM: private TIFF tag 34118 (CZ_SEM) holds "AP_PIXEL_SIZE" followed by
 * "Image Pixel Size = 7.344 nm" (units pm, nm or µm).
 */
public final class ZeissCalibration implements MetadataCalibrationReader {
    public static final int TAG_CZ_SEM = 34118;
    private static final Pattern PIXEL_SIZE = Pattern.compile(
            "Image Pixel Size\\s*=\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(\\S+)");

    @Override
    public Optional<Calibration> read(MetadataContext context) {
        Optional<String> text = context.metadata().tagText(TAG_CZ_SEM);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PIXEL_SIZE.matcher(text.get());
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<String> unit = LengthUnits.lengthUnit(m.group(2));
        double value = Double.parseDouble(m.group(1));
        if (unit.isEmpty() || !(value > 0)) {
            return Optional.empty();
        }
        double nm = value * Calibration.nanometresPer(unit.get());
        return Optional.of(new Calibration(nm, CalibrationSource.METADATA, String.format(Locale.ROOT,
                "Zeiss CZ_SEM tag %d: Image Pixel Size = %s %s", TAG_CZ_SEM, m.group(1), unit.get())));
    }
}
