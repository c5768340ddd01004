package io.granula.scalebar;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationCrossCheckTest {
    private final CalibrationCrossCheck check = new CalibrationCrossCheck();
    private final Calibration zeiss = new Calibration(7.344, CalibrationSource.METADATA, "Zeiss tag 34118");

    @Test
    void zeissBarBetweenTickCentresAgreesWithItsMetadata() {
        // the design notes' example: 200 nm over 27 px between tick centres against 7.344 nm/px
        Calibration bar = new Calibration(200.0 / 27, CalibrationSource.SCALE_BAR, "scale bar 200 nm over 27 px");
        assertThat(check.compare(zeiss, bar)).isEmpty();
    }

    @Test
    void measuringThatBarOutsideItsTicksOrResamplingTheImageIsFlagged() {
        Calibration outer = new Calibration(200.0 / 29, CalibrationSource.SCALE_BAR, "outer");
        assertThat(check.compare(zeiss, outer)).hasValueSatisfying(w -> assertThat(w).contains("6.1%"));
        Calibration halved = new Calibration(2 * 7.344, CalibrationSource.SCALE_BAR, "scale bar after 2x downsampling");
        assertThat(check.compare(zeiss, halved)).hasValueSatisfying(w ->
                assertThat(w).contains("7.344").contains("14.69").contains("Zeiss tag 34118").contains("100.0% apart"));
    }

    @Test
    void justInsideAndJustOutsideTwoPercent() {
        assertThat(check.compare(zeiss, new Calibration(7.344 * 1.019, CalibrationSource.SCALE_BAR, "b"))).isEmpty();
        assertThat(check.compare(zeiss, new Calibration(7.344 * 1.021, CalibrationSource.SCALE_BAR, "b"))).isPresent();
    }
}
