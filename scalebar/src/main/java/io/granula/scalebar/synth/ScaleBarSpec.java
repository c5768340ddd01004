package io.granula.scalebar.synth;

import java.awt.Color;
import java.awt.Font;

/**
 * What to draw for one scale bar.
 *
 * @param value      the label's number (e.g. 0.5)
 * @param unit       "nm", "µm" or "mm" (canonical spelling; {@code labelText} may spell it otherwise)
 * @param labelText  exactly what is printed, e.g. "0.5 μm", "500nm", "5.00um"
 * @param lengthPx   calibrated length in px: outer length for a solid bar, tick-centre distance otherwise
 * @param thickness  bar thickness in px (ruler: line thickness)
 * @param tickWidth  tick width in px (ignored for a solid bar)
 * @param tickUp     how far ticks rise above the bar, px
 * @param tickDown   how far ticks drop below the bar, px
 * @param integerAligned true when the bar starts on a pixel boundary with a whole-pixel length, as
 *                   instruments draw; false for fractional geometry (anti-aliased, as after resampling)
 */
public record ScaleBarSpec(double value, String unit, String labelText, double lengthPx, BarShape shape,
                           double thickness, double tickWidth, double tickUp, double tickDown,
                           Color colour, Font font, boolean antialiasText, boolean integerAligned) {

    /** Outer length of the drawn shape. */
    public double outerLength() {
        return shape == BarShape.SOLID ? lengthPx : lengthPx + tickWidth;
    }
}
