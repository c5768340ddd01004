package io.granula.scalebar.bar;

/**
 * A bar measured to sub-pixel precision, in pixel-edge coordinates: pixel (i, j) covers
 * [i, i+1) x [j, j+1), so a solid bar over columns 100..199 has {@code x0 = 100}, {@code x1 = 200}.
 * For a bar with end ticks, x0 and x1 are the tick centres (what instruments calibrate); for a
 * solid bar they are its outer end edges. Either way {@link #length()} is the calibrated length.
 *
 * @param outerX0 outer left edge (equals x0 for a solid bar)
 * @param outerX1 outer right edge
 */
public record MeasuredBar(double x0, double x1, double y0, double y1, double outerX0, double outerX1,
                          boolean ticked, BarCandidate candidate) {
    public double length() {
        return x1 - x0;
    }
}
