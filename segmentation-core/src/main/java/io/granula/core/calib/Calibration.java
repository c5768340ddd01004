package io.granula.core.calib;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Physical pixel size. {@code nmPerPixel} is NaN when uncalibrated ({@link CalibrationSource#NONE}),
 * in which case measurements stay in pixels.
 *
 * @param detail free text on the source, e.g. "Zeiss tag 34118 Image Pixel Size" or "scale bar 200 nm"
 */
public record Calibration(double nmPerPixel, CalibrationSource source, String detail) {
    private static final Pattern USER_SCALE = Pattern.compile(
            "\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(pm|nm|um|µm|μm|mm|m)\\s*/\\s*(px|pixel|pix)\\s*");

    /**
     * The pixel sizes Granula accepts, 1 pm to 1 m: wider than any microscope (a STEM pixel is a few pm,
     * an optical overview some µm), and narrow enough that areas and the volume weights of the size
     * distributions (ECD cubed) stay far inside double precision.
     */
    public static final double MIN_NM_PER_PX = 1e-3;
    public static final double MAX_NM_PER_PX = 1e9;

    public static Calibration none() {
        return new Calibration(Double.NaN, CalibrationSource.NONE, "uncalibrated");
    }

    public boolean isCalibrated() {
        return source != CalibrationSource.NONE && Double.isFinite(nmPerPixel) && nmPerPixel > 0;
    }

    /** Parses a user's "5 nm/px", "0.25 µm/pixel". */
    public static Calibration parseUser(String text) {
        Matcher m = USER_SCALE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read scale '" + text + "': expected e.g. \"5 nm/px\" or \"0.25 um/px\"");
        }
        double value = Double.parseDouble(m.group(1));
        if (!(value > 0)) {
            throw new IllegalArgumentException("scale must be positive: '" + text + "'");
        }
        double nmPerPx = value * nanometresPer(m.group(2));
        if (!inRange(nmPerPx)) {
            throw new IllegalArgumentException("scale '" + text.trim() + "' is outside 1 pm/px to 1 m/px; "
                    + "give the pixel size, e.g. \"5 nm/px\"");
        }
        return new Calibration(nmPerPx, CalibrationSource.USER, "typed: " + text.trim());
    }

    /** True for a pixel size between {@link #MIN_NM_PER_PX} and {@link #MAX_NM_PER_PX}. */
    public static boolean inRange(double nmPerPx) {
        return nmPerPx >= MIN_NM_PER_PX && nmPerPx <= MAX_NM_PER_PX;
    }

    /** Nanometres in one of the given length unit (pm, nm, um/µm/μm, mm, m). */
    public static double nanometresPer(String unit) {
        return switch (unit) {
            case "pm" -> 1e-3;
            case "nm" -> 1.0;
            case "um", "µm", "μm" -> 1e3;
            case "mm" -> 1e6;
            case "cm" -> 1e7;
            case "m" -> 1e9;
            default -> throw new IllegalArgumentException("unknown length unit: " + unit);
        };
    }
}
