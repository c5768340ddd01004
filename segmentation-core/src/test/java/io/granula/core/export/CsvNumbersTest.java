package io.granula.core.export;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CsvNumbersTest {
    @Test
    void integersStayExactAndFractionsLoseTrailingZeros() {
        assertThat(CsvNumbers.format(542)).isEqualTo("542");
        assertThat(CsvNumbers.format(-3)).isEqualTo("-3");
        assertThat(CsvNumbers.format(67_108_864)).isEqualTo("67108864");
        assertThat(CsvNumbers.format(0.5)).isEqualTo("0.5");
        assertThat(CsvNumbers.format(2.8284271247461903)).isEqualTo("2.82842712");
        assertThat(CsvNumbers.format(0.000123456789123)).isEqualTo("0.000123456789");
        assertThat(CsvNumbers.format(-0.25)).isEqualTo("-0.25");
        assertThat(CsvNumbers.format(9.9999999999)).isEqualTo("10");
        assertThat(CsvNumbers.format(1.5e17)).isEqualTo("150000000000000000");
        assertThat(CsvNumbers.format(1e-30)).isEqualTo("0.000000000000000000000000000001");
        assertThat(CsvNumbers.format(Double.NaN)).isEmpty();
        assertThat(CsvNumbers.format(Double.POSITIVE_INFINITY)).isEmpty();
    }

    @Test
    void decimalPointIsADotWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(CsvNumbers.format(1234.5678)).isEqualTo("1234.5678");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void parsesBackToNineSignificantDigits() {
        Random rnd = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            double v = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(24) - 12);
            String s = CsvNumbers.format(v);
            if (s.contains("E") || s.contains(",") || Math.abs(Double.parseDouble(s) - v) > Math.abs(v) * 1e-8) {
                assertThat(s).as("formatted %s", v).isEqualTo("a plain decimal within 1e-8 of " + v);
            }
        }
    }
}
