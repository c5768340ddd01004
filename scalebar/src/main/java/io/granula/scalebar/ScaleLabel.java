package io.granula.scalebar;

import io.granula.core.calib.Calibration;

/**
 * What a scale bar's label says: a value in one of the units scale bars use.
 *
 * @param unit "nm", "µm" (MICRO SIGN, U+00B5) or "mm"
 */
public record ScaleLabel(double value, String unit) {
    public double nanometres() {
        return value * Calibration.nanometresPer(unit);
    }

    @Override
    public String toString() {
        return number(value) + " " + unit;
    }

    /** "200", "0.5", "2.25": no trailing zeros, decimal point always '.'. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
