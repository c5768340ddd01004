package io.granula.reports.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number formatter of the report: every number printed in a PDF goes through here, and
 * the tests compare the extracted text against {@code format(statistic)} of the computed value.
 *
 * <p>Rule: {@code significantDigits} significant digits, but never fewer than all integer digits
 * (12345.6 prints "12346", not "1.235e4": a count or an area in nm² must not lose digits it
 * has). Rounding is half-up on the shortest decimal that round-trips the double
 * ({@link Double#toString}), so 2.675 prints "2.68" as a reader checking by hand expects, not
 * "2.67" from its binary value 2.67499999.... Values below 10^-4 in magnitude use scientific
 * notation ("1.234e-5") so that small values keep their significant digits. Locale.ROOT
 * conventions: '.' decimal point, no grouping, ASCII '-'. Trailing zeros are kept: "1.500"
 * states the precision.
 */
public final class ReportNumberFormat {
    /** Printed for NaN: a statistic of an empty set. */
    public static final String MISSING = "–";
    private static final double SCIENTIFIC_BELOW = 1e-4;

    private final int significantDigits;

    public ReportNumberFormat(int significantDigits) {
        if (significantDigits < 1 || significantDigits > 15) {
            throw new IllegalArgumentException("significant digits must be 1..15, got " + significantDigits);
        }
        this.significantDigits = significantDigits;
    }

    public static ReportNumberFormat defaults() {
        return new ReportNumberFormat(4);
    }

    public int significantDigits() {
        return significantDigits;
    }

    public String format(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return zero();
        }
        BigDecimal exact = new BigDecimal(Double.toString(value));
        if (Math.abs(value) < SCIENTIFIC_BELOW) {
            return scientific(exact);
        }
        BigDecimal rounded = exact.round(new MathContext(significantDigits, RoundingMode.HALF_UP));
        // Digits before the point of the rounded value (0 or less for 0.0xyz).
        int integerDigits = rounded.precision() - rounded.scale();
        if (integerDigits > significantDigits) {
            return exact.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        // Pads "1.5" to "1.500": widening the scale is exact.
        return rounded.setScale(significantDigits - integerDigits, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Counts and other exact integers print in full. */
    public String format(long value) {
        return Long.toString(value);
    }

    /**
     * A fixed number of decimals, for axis tick labels: Heckbert's "nice numbers" give every tick
     * of an axis the same number of fraction digits (his {@code nfrac}), so they need no
     * significant-digit rule.
     */
    public static String fixed(double value, int decimals) {
        BigDecimal v = new BigDecimal(Double.toString(value)).setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
        return v.signum() == 0 ? v.abs().toPlainString() : v.toPlainString();
    }

    private String zero() {
        return significantDigits == 1 ? "0" : "0." + "0".repeat(significantDigits - 1);
    }

    private String scientific(BigDecimal exact) {
        BigDecimal mantissa = exact.round(new MathContext(significantDigits, RoundingMode.HALF_UP));
        int exponent = mantissa.precision() - mantissa.scale() - 1;
        BigDecimal m = mantissa.movePointLeft(exponent).setScale(significantDigits - 1, RoundingMode.HALF_UP);
        return m.toPlainString() + "e" + exponent;
    }
}
