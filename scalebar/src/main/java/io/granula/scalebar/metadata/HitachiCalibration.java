package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hitachi SEM side-car .txt: an INI file with a {@code [SemImageFile]} section whose
 * {@code PixelSize} is in nm per pixel of the {@code DataSize} frame (e.g. "1280x960").
 */
public final class HitachiCalibration implements MetadataCalibrationReader {
    private static final Pattern DATA_SIZE = Pattern.compile("([0-9]+)\\s*[xX*]\\s*([0-9]+)");

    @Override
    public Optional<Calibration> read(MetadataContext context) {
        Optional<SideCarFile.SideCar> sideCar = SideCarFile.find(context.file());
        if (sideCar.isEmpty() || !sideCar.get().text().contains("[SemImageFile]")) {
            return Optional.empty();
        }
        String text = sideCar.get().text();
        Optional<String> size = IniText.value(text, "SemImageFile", "PixelSize");
        if (size.isEmpty()) {
            return Optional.empty();
        }
        double nm;
        try {
            nm = Double.parseDouble(size.get());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!(nm > 0)) {
            return Optional.empty();
        }
        String rescale = "";
        Optional<String> dataSize = IniText.value(text, "SemImageFile", "DataSize");
        if (dataSize.isPresent() && context.imageWidth() > 0) {
            Matcher m = DATA_SIZE.matcher(dataSize.get());
            if (m.find()) {
                int fullWidth = Integer.parseInt(m.group(1));
                if (fullWidth > 0 && fullWidth != context.imageWidth()) {
                    nm *= fullWidth / (double) context.imageWidth();
                    rescale = String.format(Locale.ROOT, ", DataSize %s saved at %d px wide", dataSize.get(), context.imageWidth());
                }
            }
        }
        return Optional.of(new Calibration(nm, CalibrationSource.METADATA, String.format(Locale.ROOT,
                "Hitachi side-car %s: PixelSize = %s nm%s", sideCar.get().path().getFileName(), size.get(), rescale)));
    }
}
