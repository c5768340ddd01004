package io.granula.core.pipeline;

import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DiameterEstimateTest {
    /** Cellpose utils.diameters: median of sqrt(area) over objects, divided by sqrt(pi)/2. */
    @Test
    void medianDiameterIsTheAreaEquivalentDiameterOfTheMedianObject() {
        int[] labels = new int[100];
        for (int i = 0; i < 4; i++) {
            labels[i] = 1;
        }
        for (int i = 10; i < 19; i++) {
            labels[i] = 2;
        }
        for (int i = 20; i < 45; i++) {
            labels[i] = 5;
        }
        assertThat(DiameterEstimate.medianDiameter(new LabelImage(10, 10, labels)))
                .isCloseTo(3 / (Math.sqrt(Math.PI) / 2), within(1e-12));
    }

    @Test
    void evenCountTakesTheMeanOfTheMiddleTwo() {
        int[] labels = new int[100];
        for (int i = 0; i < 4; i++) {
            labels[i] = 1;
        }
        for (int i = 10; i < 26; i++) {
            labels[i] = 2;
        }
        assertThat(DiameterEstimate.medianDiameter(new LabelImage(10, 10, labels)))
                .isCloseTo((2 + 4) / 2.0 / (Math.sqrt(Math.PI) / 2), within(1e-12));
    }

    @Test
    void noObjectsHaveNoDiameter() {
        assertThat(DiameterEstimate.medianDiameter(new LabelImage(3, 3, new int[9]))).isNaN();
    }
}
