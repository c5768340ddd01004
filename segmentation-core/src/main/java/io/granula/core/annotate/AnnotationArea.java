package io.granula.core.annotate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A rectangle of an image that holds annotation rather than specimen: the instrument's data strip,
 * the scale bar, its label, or text printed on the image (panel letters). Such areas are left out
 * of segmentation so that their glyphs and bars are never measured as particles.
 *
 * @param x0     left edge (pixel edges: pixel i covers [i, i+1))
 * @param y0     top edge
 * @param x1     right edge, exclusive
 * @param y1     bottom edge, exclusive
 * @param detail what found it, for run.json and calibration.json
 */
public record AnnotationArea(Kind kind, int x0, int y0, int x1, int y1, String detail) {
    /** What an area holds. */
    public enum Kind {
        DATA_STRIP, SCALE_BAR, SCALE_LABEL, TEXT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AnnotationArea {
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("empty annotation area " + x0 + "," + y0 + " - " + x1 + "," + y1);
        }
    }

    /** This area grown by {@code pad} pixels on every side and clipped to a {@code width x height} image. */
    public AnnotationArea padded(int pad, int width, int height) {
        return new AnnotationArea(kind, Math.max(0, x0 - pad), Math.max(0, y0 - pad), Math.min(width, x1 + pad),
                Math.min(height, y1 + pad), detail);
    }

    public boolean contains(int x, int y) {
        return x >= x0 && x < x1 && y >= y0 && y < y1;
    }

    public long area() {
        return (long) (x1 - x0) * (y1 - y0);
    }

    /** The area as run.json and calibration.json store it. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.key());
        m.put("x0", x0);
        m.put("y0", y0);
        m.put("x1", x1);
        m.put("y1", y1);
        m.put("detail", detail);
        return m;
    }
}
