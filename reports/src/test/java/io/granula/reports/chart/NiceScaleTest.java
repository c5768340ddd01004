package io.granula.reports.chart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NiceScaleTest {

    @Test
    void heckbertsExampleGivesTicksAtMultiplesOfTwenty() {
        // Graphics Gems I, p. 63: data 105..543 with 5 ticks -> 100..600 step 100.
        NiceScale s = NiceScale.loose(105, 543, 5);
        assertThat(s.min()).isEqualTo(100);
        assertThat(s.max()).isEqualTo(600);
        assertThat(s.step()).isEqualTo(100);
        assertThat(s.decimals()).isZero();
    }

    @Test
    void ticksEncloseTheDataAndAreRoundDecimals() {
        NiceScale s = NiceScale.loose(0.13, 0.87, 6);
        assertThat(s.min()).isLessThanOrEqualTo(0.13);
        assertThat(s.max()).isGreaterThanOrEqualTo(0.87);
        assertThat(s.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(s.label(0.6000000000000001)).isEqualTo("0.6");
    }

    @Test
    void stepIsOneTwoOrFiveTimesAPowerOfTen() {
        for (double hi : new double[]{3.7, 17, 42, 999, 12345, 0.004}) {
            NiceScale s = NiceScale.loose(0, hi, 6);
            double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step())));
            assertThat(Math.round(mantissa * 1000) / 1000.0).isIn(1.0, 2.0, 5.0);
            assertThat(s.ticks().size()).isBetween(3, 12);
        }
    }

    @Test
    void aSingleValueStillGetsAnAxis() {
        NiceScale s = NiceScale.loose(5, 5, 5);
        assertThat(s.min()).isLessThan(5);
        assertThat(s.max()).isGreaterThan(5);
    }
}
