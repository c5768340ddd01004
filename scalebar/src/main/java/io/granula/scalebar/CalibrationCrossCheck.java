package io.granula.scalebar;

import io.granula.core.calib.Calibration;

import java.util.Locale;
import java.util.Optional;

/**
 * Compares the instrument's metadata with the scale bar read from the image. They disagree when
 * the image was resampled after saving, cropped from a different frame, or the metadata belongs to
 * another image; more than {@link #TOLERANCE} apart, the user is told.
 */
public final class CalibrationCrossCheck {
    /** 2 %: a bar of 50 px read to half a pixel is within 1 %, so more than 2 % is a real disagreement. */
    public static final double TOLERANCE = 0.02;

    public Optional<String> compare(Calibration metadata, Calibration bar) {
        double diff = Math.abs(bar.nmPerPixel() - metadata.nmPerPixel()) / metadata.nmPerPixel();
        if (diff <= TOLERANCE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "metadata says %.4g nm/px (%s) but the scale bar says %.4g nm/px (%s): %.1f%% apart; using the metadata",
                metadata.nmPerPixel(), metadata.detail(), bar.nmPerPixel(), bar.detail(), 100 * diff));
    }
}
