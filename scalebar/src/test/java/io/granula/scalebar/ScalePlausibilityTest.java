package io.granula.scalebar;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScalePlausibilityTest {
    private final ScalePlausibility check = new ScalePlausibility();

    @Test
    void anSemReadingOfMicrometresOverFiftyPixelsIsPlausible() {
        var v = check.check(new ScaleLabel(10, "µm"), 10_000 / 50.0, 1024, Optional.empty(), List.of());
        assertThat(v.plausible()).isTrue();
        assertThat(v.factor()).isEqualTo(1.0);
    }

    @Test
    void nanometresMisreadAsMillimetresMakeAFieldOfViewNoMicroscopeImages() {
        // "10 nm" read as 10 mm over a 50 px bar: 200 µm per pixel, 205 mm across 1024 px
        var v = check.check(new ScaleLabel(10, "mm"), 1e7 / 50, 1024, Optional.empty(), List.of());
        assertThat(v.plausible()).isFalse();
        assertThat(v.factor()).isLessThan(ScaleBarReader.CONFIDENCE_THRESHOLD);
        assertThat(v.reasons()).singleElement().asString().contains("10 mm").contains("no microscope");
    }

    @Test
    void aReadingAFactorOfAThousandFromTheMetadataIsImplausible() {
        Calibration meta = new Calibration(2.0, CalibrationSource.METADATA, "tag");
        var v = check.check(new ScaleLabel(200, "µm"), 2000, 1024, Optional.of(meta), List.of());
        assertThat(v.plausible()).isFalse();
        assertThat(v.reasons()).singleElement().asString().contains("metadata");
    }

    @Test
    void aReadingAUnitAwayFromTheSeriesIsImplausibleButAMagnificationStepIsNot() {
        List<Double> series = List.of(4.0, 5.0, 6.0);
        assertThat(check.check(new ScaleLabel(200, "nm"), 20, 1024, Optional.empty(), series).plausible()).isTrue();
        assertThat(check.check(new ScaleLabel(200, "µm"), 5000, 1024, Optional.empty(), series).plausible()).isFalse();
    }
    @Test
    void nanometresMisreadAsMillimetresAreTakenAsNanometresTheLetterOcrConfuses() {
        assertThat(check.plausibleUnit(new ScaleLabel(10, "mm"), 50, 1024, Optional.empty(), List.of()))
                .contains(new ScaleLabel(10, "nm"));
    }

    @Test
    void theMetadataDecidesBetweenTheConfusableUnits() {
        // "200 mm" over 100 px: 200 nm would be 2 nm/px, 200 µm 2000 nm/px; the file says about 2000
        Calibration meta = new Calibration(1900, CalibrationSource.METADATA, "tag");
        assertThat(check.plausibleUnit(new ScaleLabel(200, "mm"), 100, 1024, Optional.of(meta), List.of()))
                .contains(new ScaleLabel(200, "µm"));
    }

    @Test
    void aReadingImplausibleInEveryUnitGetsNoAlternative() {
        // the file says 3 nm/px; 5 nm, 5 µm or 5 mm over 50 px is 0.1, 100 or 100 000 nm/px
        Calibration meta = new Calibration(3, CalibrationSource.METADATA, "tag");
        assertThat(check.plausibleUnit(new ScaleLabel(5, "mm"), 50, 1024, Optional.of(meta), List.of())).isEmpty();
    }
}
