package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JEOL SEM side-car .txt: {@code $$SM_MICRON_BAR 160} (older files: {@code $CM_MICRON_BAR}) is the
 * scale bar's length in pixels of the {@code $CM_FULL_SIZE} frame and {@code $$SM_MICRON_MARKER 5um}
 * its label, so nm/px = marker / bar, rescaled when the saved image is narrower than the full frame.
 */
public final class JeolCalibration implements MetadataCalibrationReader {
    private static final Pattern BAR = Pattern.compile("(?m)^\\s*\\$+(?:SM|CM)_MICRON_BAR\\s+([0-9.]+)");
    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*\\$+(?:SM|CM)_MICRON_MARKER\\s+([0-9.]+)\\s*(\\S+)");
    private static final Pattern FULL_SIZE = Pattern.compile("(?m)^\\s*\\$CM_FULL_SIZE\\s+([0-9]+)\\s+([0-9]+)");

    @Override
    public Optional<Calibration> read(MetadataContext context) {
        Optional<SideCarFile.SideCar> sideCar = SideCarFile.find(context.file());
        if (sideCar.isEmpty()) {
            return Optional.empty();
        }
        String text = sideCar.get().text();
        Matcher bar = BAR.matcher(text);
        Matcher marker = MARKER.matcher(text);
        if (!bar.find() || !marker.find()) {
            return Optional.empty();
        }
        double barPx = Double.parseDouble(bar.group(1));
        double value = Double.parseDouble(marker.group(1));
        Optional<String> unit = LengthUnits.lengthUnit(marker.group(2));
        if (unit.isEmpty() || !(barPx > 0) || !(value > 0)) {
            return Optional.empty();
        }
        double nmPerPx = value * Calibration.nanometresPer(unit.get()) / barPx;
        String rescale = "";
        Matcher full = FULL_SIZE.matcher(text);
        if (full.find() && context.imageWidth() > 0) {
            int fullWidth = Integer.parseInt(full.group(1));
            if (fullWidth > 0 && fullWidth != context.imageWidth()) {
                nmPerPx *= fullWidth / (double) context.imageWidth();
                rescale = String.format(Locale.ROOT, ", full frame %d px wide saved at %d px", fullWidth, context.imageWidth());
            }
        }
        return Optional.of(new Calibration(nmPerPx, CalibrationSource.METADATA, String.format(Locale.ROOT,
                "JEOL side-car %s: MICRON_MARKER %s %s over MICRON_BAR %s px%s", sideCar.get().path().getFileName(),
                marker.group(1), unit.get(), bar.group(1), rescale)));
    }
}
