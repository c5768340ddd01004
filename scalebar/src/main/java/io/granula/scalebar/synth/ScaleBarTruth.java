package io.granula.scalebar.synth;

import java.awt.geom.Rectangle2D;

/**
 * Where a generated scale bar is and what it says, in pixel-edge coordinates (pixel (i, j) covers
 * [i, i+1) x [j, j+1)).
 *
 * @param x0        left calibrated end: outer edge of a solid bar, centre of the left tick otherwise
 * @param x1        right calibrated end; {@code x1 - x0} is the calibrated length
 * @param y0        top edge of the bar (ticks excluded)
 * @param y1        bottom edge of the bar
 * @param labelBox  where the label text was drawn
 */
public record ScaleBarTruth(double value, String unit, String labelText, double x0, double x1, double y0, double y1,
                            BarShape shape, Rectangle2D labelBox) {
    public double lengthPx() {
        return x1 - x0;
    }
}
