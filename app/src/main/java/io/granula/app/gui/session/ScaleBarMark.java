package io.granula.app.gui.session;

import io.granula.core.calib.Calibration;

import java.util.Map;
import java.util.Optional;

/**
 * Where the scale bar lies in the image (pixel coordinates) and what its label said, for the viewer's
 * box around it, with what the reading is worth: its pixel size ({@code NaN} when the label was not
 * read), its confidence, and whether the reader left it unused until the user confirms it (issue 16:
 * a reading below {@code ScaleBarReader.CONFIDENCE_THRESHOLD}, or implausible, is never used silently).
 */
public record ScaleBarMark(double x0, double y0, double x1, double y1, String text, double readNmPerPixel,
                           double confidence, boolean needsConfirmation) {

    /** From the scale-bar fields of calibration.json ({@code bar{x0,x1,y0,y1}}, {@code text{raw}}, value, unit,
     * bar_length_px, confidence, needs_confirmation), if a bar was found. */
    public static Optional<ScaleBarMark> fromDetails(Map<String, Object> details) {
        if (!(details.get("bar") instanceof Map<?, ?> bar)) {
            return Optional.empty();
        }
        String text = details.get("text") instanceof Map<?, ?> t && t.get("raw") != null ? t.get("raw").toString() : "";
        try {
            return Optional.of(new ScaleBarMark(num(bar.get("x0")), num(bar.get("y0")), num(bar.get("x1")),
                    num(bar.get("y1")), text, readNmPerPixel(details),
                    details.get("confidence") instanceof Number c ? c.doubleValue() : Double.NaN,
                    Boolean.TRUE.equals(details.get("needs_confirmation"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The label's value over the bar's length, as the reader measured them; NaN without a reading. */
    private static double readNmPerPixel(Map<String, Object> details) {
        if (details.get("value") instanceof Number v && details.get("unit") instanceof String unit
                && details.get("bar_length_px") instanceof Number len && len.doubleValue() > 0) {
            try {
                double nmPerPx = v.doubleValue() * Calibration.nanometresPer(unit) / len.doubleValue();
                return Calibration.inRange(nmPerPx) ? nmPerPx : Double.NaN;
            } catch (IllegalArgumentException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
