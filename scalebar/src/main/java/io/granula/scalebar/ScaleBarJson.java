package io.granula.scalebar;

import io.granula.core.calib.CalibrationSource;
import io.granula.scalebar.bar.MeasuredBar;
import io.granula.scalebar.text.TextBlock;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A result as the fields of the command-line contract, in its order: {@code found, value, unit,
 * bar_length_px, nm_per_px, bar{x0,x1,y0,y1}, text{raw,x0,y0,x1,y1}, source, confidence} (the
 * {@code scalebar} command adds {@code file} first; calibration.json carries the same fields).
 * Coordinates are pixel edges (pixel i covers [i, i+1)); absent values are null. A vertical bar's
 * box is given in the image's axes like any other, with {@code bar.vertical: true} added.
 */
public final class ScaleBarJson {
    private ScaleBarJson() {
    }

    public static Map<String, Object> fields(ScaleBarResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("found", r.found());
        m.put("value", r.label().map(ScaleLabel::value).orElse(null));
        m.put("unit", r.label().map(ScaleLabel::unit).orElse(null));
        m.put("bar_length_px", r.bar().map(b -> round(b.length(), 3)).orElse(null));
        m.put("nm_per_px", r.calibration().isCalibrated() ? significant(r.calibration().nmPerPixel()) : null);
        m.put("bar", r.bar().map(ScaleBarJson::bar).orElse(null));
        m.put("text", r.labelField().map(t -> text(t, r.rawText())).orElse(null));
        m.put("source", source(r.calibration().source()));
        m.put("confidence", round(r.confidence(), 3));
        return m;
    }

    /** The contract's spelling of a calibration source: metadata, scale_bar, user, none. */
    public static String source(CalibrationSource s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> bar(MeasuredBar b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x0", round(b.imageX0(), 3));
        m.put("x1", round(b.imageX1(), 3));
        m.put("y0", round(b.imageY0(), 3));
        m.put("y1", round(b.imageY1(), 3));
        if (b.vertical()) {
            m.put("vertical", true);
        }
        return m;
    }

    private static Map<String, Object> text(TextBlock t, String raw) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", raw.isEmpty() ? null : raw);
        m.put("x0", t.x0());
        m.put("y0", t.y0());
        m.put("x1", t.x1() + 1);
        m.put("y1", t.y1() + 1);
        return m;
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static double significant(double v) {
        return new BigDecimal(v).round(new MathContext(7, RoundingMode.HALF_EVEN)).doubleValue();
    }
}
