package io.granula.reports.model;

import java.util.Optional;

/**
 * A detected scale bar, in pixel-edge coordinates of its image (pixel (i, j) covers
 * [i, i+1) x [j, j+1)), as the scale-bar detector reports it: {@code x0}, {@code x1} are the
 * calibrated ends (outer edges of a solid bar, tick centres of a ticked one).
 *
 * @param label the text read next to it, e.g. "200 nm"
 * @param text  where that text was found, when it was
 */
public record ScaleBarMark(double x0, double x1, double y0, double y1, String label, Optional<Region> text) {
    public ScaleBarMark {
        if (!(x1 > x0) || !(y1 >= y0)) {
            throw new IllegalArgumentException("scale bar box is empty: x " + x0 + ".." + x1 + ", y " + y0 + ".." + y1);
        }
        label = label == null ? "" : label;
    }

    public double lengthPx() {
        return x1 - x0;
    }

    /** An axis-aligned pixel region, edges included/excluded as {@code [x0, x1) x [y0, y1)}. */
    public record Region(int x0, int y0, int x1, int y1) {
    }
}
