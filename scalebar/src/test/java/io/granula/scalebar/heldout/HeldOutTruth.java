package io.granula.scalebar.heldout;

/**
 * A held-out bar's truth in pixel-edge coordinates (pixel i covers [i, i+1)): {@code x1 - x0} is the
 * calibrated length of design.md ("Scale-bar length"): outer ends of a solid bar, tick centres
 * otherwise. {@code y0..y1} are the bar's stroke rows. A vertical bar's truth is given in the
 * transposed image's axes ({@code x} along the bar, down the rows), as the reader measures it.
 */
public record HeldOutTruth(double value, String unit, String text, double x0, double x1, double y0, double y1,
                           boolean vertical) {
    HeldOutTruth(double value, String unit, String text, double x0, double x1, double y0, double y1) {
        this(value, unit, text, x0, x1, y0, y1, false);
    }

    public double lengthPx() {
        return x1 - x0;
    }

    HeldOutTruth scaled(double s) {
        return new HeldOutTruth(value, unit, text, x0 * s, x1 * s, y0 * s, y1 * s, vertical);
    }
}
