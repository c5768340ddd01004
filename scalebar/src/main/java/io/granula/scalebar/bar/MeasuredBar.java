package io.granula.scalebar.bar;

/**
 * A bar measured to sub-pixel precision, in pixel-edge coordinates: pixel (i, j) covers
 * [i, i+1) x [j, j+1), so a solid bar over columns 100..199 has {@code x0 = 100}, {@code x1 = 200}.
 * For a bar with end ticks, x0 and x1 are the tick centres (what instruments calibrate); for a
 * solid bar they are its outer end edges. Either way {@link #length()} is the calibrated length.
 *
 * <p>A vertical bar is found on the transposed image, and its coordinates stay those of the
 * transposed image: x along the bar (image rows), y across it (image columns), with
 * {@code vertical} set; {@link #imageX0()} and the like give the box in the image's own axes.
 *
 * @param outerX0 outer left edge (equals x0 for a solid bar)
 * @param outerX1 outer right edge
 */
public record MeasuredBar(double x0, double x1, double y0, double y1, double outerX0, double outerX1,
                          boolean ticked, BarCandidate candidate, boolean vertical) {
    /** A horizontal bar. */
    public MeasuredBar(double x0, double x1, double y0, double y1, double outerX0, double outerX1,
                       boolean ticked, BarCandidate candidate) {
        this(x0, x1, y0, y1, outerX0, outerX1, ticked, candidate, false);
    }

    public double length() {
        return x1 - x0;
    }

    /** The same bar, read on the transposed image: a vertical bar of the image. */
    public MeasuredBar asVertical() {
        return new MeasuredBar(x0, x1, y0, y1, outerX0, outerX1, ticked, candidate, true);
    }

    /** Left edge in the image's own axes. */
    public double imageX0() {
        return vertical ? y0 : x0;
    }

    public double imageX1() {
        return vertical ? y1 : x1;
    }

    public double imageY0() {
        return vertical ? x0 : y0;
    }

    public double imageY1() {
        return vertical ? x1 : y1;
    }
}
