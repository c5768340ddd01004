package io.granula.core.train;

import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CropSamplerTest {

    @Test
    void identityCropReproducesTheSample() {
        TrainingSample s = TrainingFixtures.discs(32, 10, 12, 6, 22, 20, 5);
        Crop c = new CropSampler(32, s.diameter(), Augmentation.none()).sample(s, new SplittableRandom(1));
        assertThat(c.input()).containsExactly(s.input());
        assertThat(c.flowX()).containsExactly(s.flowX());
        assertThat(c.flowY()).containsExactly(s.flowY());
        for (int i = 0; i < s.labels().length; i++) {
            assertThat(c.cellprob()[i]).isEqualTo(s.labels()[i] > 0 ? 1f : 0f);
        }
    }

    @Test
    void flowVectorsTurnWithTheCropAndStillPointAtTheObjectCentre() {
        TrainingSample s = TrainingFixtures.discs(64, 30.5, 27.5, 14);
        Augmentation flipsOnly = new Augmentation(1, 1, true, 0, 0, 1, 0);
        SplittableRandom rng = new SplittableRandom(5);
        for (int t = 0; t < 16; t++) {
            Crop c = new CropSampler(64, s.diameter(), flipsOnly).sample(s, rng);
            double sx = 0, sy = 0, n = 0;
            for (int i = 0; i < 64 * 64; i++) {
                if (c.cellprob()[i] > 0) {
                    sx += i % 64 + 0.5;
                    sy += i / 64 + 0.5;
                    n++;
                }
            }
            double cx = sx / n, cy = sy / n;
            int agree = 0, total = 0;
            for (int i = 0; i < 64 * 64; i++) {
                double dx = cx - (i % 64 + 0.5), dy = cy - (i / 64 + 0.5);
                if (c.cellprob()[i] > 0 && Math.hypot(dx, dy) > 2) {
                    total++;
                    double cos = (c.flowX()[i] * dx + c.flowY()[i] * dy) / (Math.hypot(c.flowX()[i], c.flowY()[i]) * Math.hypot(dx, dy));
                    if (cos > 0.95) {
                        agree++;
                    }
                }
            }
            assertThat(agree).as("crop %d", t).isGreaterThan((int) (0.97 * total));
        }
    }

    @Test
    void zoomBringsTheMedianDiameterToTheNetworksDiameter() {
        TrainingSample s = TrainingFixtures.discs(64, 32, 32, 10);
        Crop c = new CropSampler(96, 40, Augmentation.none()).sample(s, new SplittableRandom(2));
        double area = 0;
        for (float p : c.cellprob()) {
            area += p;
        }
        assertThat(Math.sqrt(4 * area / Math.PI)).isCloseTo(40, within(1.5));
    }

    @Test
    void enlargedSmallParticlesGetTheFlowsOfTheirEnlargedMasks() {
        // a 6 px disc brought up to 30 px: the targets are the heat-diffusion flows of the
        // 30 px mask (|flow| = 5 right to its edge), not 5x interpolations of a 6 px one
        TrainingSample s = TrainingFixtures.discs(16, 8, 8, 3);
        Crop c = new CropSampler(64, 30, Augmentation.none()).sample(s, new SplittableRandom(4));
        int[] labels = new int[64 * 64];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = c.cellprob()[i] > 0 ? 1 : 0;
        }
        FlowField expected = FlowsFromLabels.networkFlows(new LabelImage(64, 64, labels), 1);
        assertThat(c.flowX()).containsExactly(expected.dx());
        assertThat(c.flowY()).containsExactly(expected.dy());
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] > 0) {
                assertThat(Math.hypot(c.flowX()[i], c.flowY()[i])).isCloseTo(5, within(1e-3));
            }
        }
    }

    @Test
    void intensityAugmentationChangesInputButNotTargets() {
        TrainingSample s = TrainingFixtures.discs(32, 16, 16, 8);
        Augmentation intensityOnly = new Augmentation(1, 1, false, 0.3, 0.1, 1.6, 0.08);
        Crop plain = new CropSampler(32, s.diameter(), Augmentation.none()).sample(s, new SplittableRandom(3));
        Crop changed = new CropSampler(32, s.diameter(), intensityOnly).sample(s, new SplittableRandom(3));
        assertThat(changed.input()).isNotEqualTo(plain.input());
        assertThat(changed.flowX()).containsExactly(plain.flowX());
        assertThat(changed.cellprob()).containsExactly(plain.cellprob());
    }
}
