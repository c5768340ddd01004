package io.granula.scalebar;

import io.granula.scalebar.text.LocalContrastPlaneTest;
import io.granula.scalebar.text.Tesseract;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A TEM-style black bar under a light label only some 25 grey levels off a shaded specimen (the
 * scene of {@link LocalContrastPlaneTest}): no threshold between the bar and the specimen, nor at
 * the bar's level or the flat levels beside it, holds the label; its contrast to the specimen right
 * around it does.
 */
class LabelOfItsOwnColourTest {
    @Test
    void aFaintLightLabelOverABlackBarOnAShadedSpecimenIsRead() {
        try (ScaleBarReader reader = new ScaleBarReader(Optional.of(Tesseract.openOrSkip()), Optional.empty())) {
            ScaleBarResult r = reader.read(TestImages.gray(LocalContrastPlaneTest.shadedScene(), 3, 11));
            assertThat(r.label()).contains(new ScaleLabel(10, "µm"));
            assertThat(r.barLengthPx()).isCloseTo(140, within(0.5));
        }
    }
}
