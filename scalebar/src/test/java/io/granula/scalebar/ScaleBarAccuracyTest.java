package io.granula.scalebar;

import io.granula.scalebar.bench.ScaleBarEvaluation;
import io.granula.scalebar.text.Tesseract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targets on generated images (60 per instrument style, 300 in all, and 50 without a
 * bar; 512-1024 px wide): value and unit right on at least 99 %, bar length within 0.5 px on
 * average, a false scale bar on at most 2 % of the images that have none.
 */
class ScaleBarAccuracyTest {

    @Test
    void meetsTheTargetsOnThreeHundredGeneratedImages() throws IOException {
        try (ScaleBarReader reader = new ScaleBarReader(Optional.of(Tesseract.openOrSkip()), Optional.empty())) {
            ScaleBarEvaluation.Scores s = ScaleBarEvaluation.run(reader, 2026, 60, 50, 512, 1024, null);
            System.out.println("ScaleBarAccuracyTest: " + s.summary());
            s.failures().forEach(f -> System.out.println("  " + f));
            assertThat(s.withBar).isEqualTo(300);
            assertThat(s.valueUnitAccuracy()).as(s.summary()).isGreaterThanOrEqualTo(0.99);
            assertThat(s.meanAbsLengthError()).as(s.summary()).isLessThanOrEqualTo(0.5);
            assertThat(s.lengthMeasured).isGreaterThanOrEqualTo(297);
            assertThat(s.falseBarRate()).as(s.summary()).isLessThanOrEqualTo(0.02);
        }
    }
}
