package io.granula.scalebar.synth;

import io.granula.scalebar.ScaleLabel;
import io.granula.scalebar.text.LabelParser;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScaleBarImageGeneratorTest {

    @Test
    void sameSeedSameImages() {
        SyntheticScaleBarImage a = new ScaleBarImageGenerator(42).withBar(InstrumentStyle.FEI);
        SyntheticScaleBarImage b = new ScaleBarImageGenerator(42).withBar(InstrumentStyle.FEI);
        assertThat(Arrays.equals(a.image().plane(0), b.image().plane(0))).isTrue();
        assertThat(a.truth()).isEqualTo(b.truth());
    }

    @Test
    void everyStyleCarriesATruthThatAgreesWithItsOwnLabelAndCalibration() {
        ScaleBarImageGenerator gen = new ScaleBarImageGenerator(7);
        LabelParser parser = new LabelParser();
        for (int i = 0; i < 4; i++) {
            for (InstrumentStyle style : InstrumentStyle.values()) {
                SyntheticScaleBarImage img = gen.withBar(style);
                ScaleBarTruth t = img.truth().orElseThrow();
                assertThat(parser.parse(t.labelText())).contains(new ScaleLabel(t.value(), t.unit()));
                double nm = new ScaleLabel(t.value(), t.unit()).nanometres();
                assertThat(nm / t.lengthPx()).isCloseTo(img.nmPerPixel(), within(1e-9 * img.nmPerPixel()));
                assertThat(t.x0()).isGreaterThan(0);
                assertThat(t.x1()).isLessThan(img.image().width());
                assertThat(t.y1()).isLessThanOrEqualTo(img.image().height());
                assertThat(t.lengthPx()).isGreaterThanOrEqualTo(25);
            }
        }
    }

    @Test
    void imagesWithoutABarHaveNoTruthButStillTheirInfoStrip() {
        SyntheticScaleBarImage img = new ScaleBarImageGenerator(3).withoutBar(InstrumentStyle.ZEISS);
        assertThat(img.truth()).isEmpty();
        assertThat(img.nmPerPixel()).isNaN();
        // the strip's bottom rows are flat, unlike the specimen above
        float[] px = img.image().plane(0);
        int w = img.image().width();
        int last = img.image().height() - 1;
        assertThat(px[last * w + 1]).isEqualTo(px[last * w + w - 2], within(12f));
    }
}
