package io.granula.app.gui.session;

import java.util.Map;
import java.util.Optional;

/**
 * Where the scale bar the calibration was read from lies in the image (pixel coordinates) and what its
 * label said, for the viewer's box around it.
 */
public record ScaleBarMark(double x0, double y0, double x1, double y1, String text) {
    /** From the scale-bar fields of calibration.json ({@code bar{x0,x1,y0,y1}}, {@code text{raw}}), if a bar was found. */
    public static Optional<ScaleBarMark> fromDetails(Map<String, Object> details) {
        if (!(details.get("bar") instanceof Map<?, ?> bar)) {
            return Optional.empty();
        }
        String text = details.get("text") instanceof Map<?, ?> t && t.get("raw") != null ? t.get("raw").toString() : "";
        try {
            return Optional.of(new ScaleBarMark(num(bar.get("x0")), num(bar.get("y0")), num(bar.get("x1")),
                    num(bar.get("y1")), text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
