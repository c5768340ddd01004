package io.granula.scalebar;

import io.granula.scalebar.bench.ScaleBarEvaluation;
import io.granula.scalebar.text.Tesseract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targets on generated images (60 per instrument style, 300 in all, and 50 without a
 * bar; 512-1024 px wide): value and unit right on at least 99 %, bar length within 0.5 px on
 * average, a false scale bar on at most 2 % of the images that have none. Two seeds (the first the
 * reader was developed on), so that a change suiting only one set of images shows.
 */
class ScaleBarAccuracyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {2026, 11})
    void meetsTheTargetsOnThreeHundredGeneratedImages(long seed) throws IOException {
        try (ScaleBarReader reader = new ScaleBarReader(Optional.of(Tesseract.openOrSkip()), Optional.empty())) {
            ScaleBarEvaluation.Scores s = ScaleBarEvaluation.run(reader, seed, 60, 50, 512, 1024, null);
            System.out.println("ScaleBarAccuracyTest seed " + seed + ": " + s.summary());
            s.failures().forEach(f -> System.out.println("  " + f));
            assertThat(s.withBar).isEqualTo(300);
            assertThat(s.valueUnitAccuracy()).as(s.summary()).isGreaterThanOrEqualTo(0.99);
            assertThat(s.meanAbsLengthError()).as(s.summary()).isLessThanOrEqualTo(0.5);
            assertThat(s.lengthMeasured).isGreaterThanOrEqualTo(297);
            assertThat(s.falseBarRate()).as(s.summary()).isLessThanOrEqualTo(0.02);
        }
    }
}
