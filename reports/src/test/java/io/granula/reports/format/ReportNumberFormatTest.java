package io.granula.reports.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportNumberFormatTest {
    private final ReportNumberFormat four = new ReportNumberFormat(4);

    @Test
    void keepsTheRequestedSignificantDigitsIncludingTrailingZeros() {
        assertThat(four.format(1.5)).isEqualTo("1.500");
        assertThat(four.format(123.456)).isEqualTo("123.5");
        assertThat(four.format(0.0123456)).isEqualTo("0.01235");
        assertThat(four.format(-42.0)).isEqualTo("-42.00");
    }

    @Test
    void neverDropsIntegerDigits() {
        assertThat(four.format(12345.6)).isEqualTo("12346");
        assertThat(four.format(99999.0)).isEqualTo("99999");
        assertThat(four.format(1e7)).isEqualTo("10000000");
    }

    @Test
    void roundsHalfUpOnTheDecimalAReaderSees() {
        // 2.675 is 2.67499999... in binary; a reader checking by hand expects 2.68.
        assertThat(new ReportNumberFormat(3).format(2.675)).isEqualTo("2.68");
        assertThat(four.format(9.99951)).isEqualTo("10.00");
        assertThat(four.format(0.099996)).isEqualTo("0.1000");
    }

    @Test
    void tinyValuesUseScientificNotation() {
        assertThat(four.format(1.23456e-5)).isEqualTo("1.235e-5");
        assertThat(four.format(0.00012345)).isEqualTo("0.0001235");
    }

    @Test
    void zeroMissingAndCounts() {
        assertThat(four.format(0.0)).isEqualTo("0.000");
        assertThat(four.format(-0.0)).isEqualTo("0.000");
        assertThat(four.format(Double.NaN)).isEqualTo(ReportNumberFormat.MISSING);
        assertThat(four.format(500L)).isEqualTo("500");
    }

    @Test
    void fixedDecimalsForAxisTicks() {
        assertThat(ReportNumberFormat.fixed(0.30000000000000004, 1)).isEqualTo("0.3");
        assertThat(ReportNumberFormat.fixed(-0.0001, 2)).isEqualTo("0.00");
        assertThat(ReportNumberFormat.fixed(250, 0)).isEqualTo("250");
    }
}
