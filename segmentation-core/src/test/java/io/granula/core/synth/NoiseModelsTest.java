package io.granula.core.synth;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NoiseModelsTest {
    @Test
    void poissonSamplesHaveMeanAndVarianceEqualToTheRate() {
        SplittableRandom rng = new SplittableRandom(1);
        for (double rate : new double[]{0.7, 12, 400}) {
            double sum = 0, sum2 = 0;
            int n = 40000;
            for (int i = 0; i < n; i++) {
                double k = NoiseModels.poisson(rate, rng);
                sum += k;
                sum2 += k * k;
            }
            double mean = sum / n, var = sum2 / n - mean * mean;
            assertThat(mean).as("mean at rate %f", rate).isCloseTo(rate, within(0.03 * rate + 0.02));
            assertThat(var).as("variance at rate %f", rate).isCloseTo(rate, within(0.06 * rate + 0.03));
        }
    }

    @Test
    void shotNoiseKeepsTheSignalLevelAndShrinksWithDose() {
        float[] low = new float[20000], high = new float[20000];
        java.util.Arrays.fill(low, 0.5f);
        java.util.Arrays.fill(high, 0.5f);
        NoiseModels.shot(low, 10, new SplittableRandom(2));
        NoiseModels.shot(high, 1000, new SplittableRandom(2));
        assertThat(mean(low)).isCloseTo(0.5, within(0.01));
        assertThat(mean(high)).isCloseTo(0.5, within(0.005));
        // Relative noise of Poisson counts is 1 / sqrt(signal x dose).
        assertThat(sd(low)).isCloseTo(Math.sqrt(0.5 * 10) / 10, within(0.01));
        assertThat(sd(high)).isCloseTo(Math.sqrt(0.5 * 1000) / 1000, within(0.002));
    }

    @Test
    void fractalTextureHasZeroMeanAndAboutUnitSpread() {
        float[] t = Textures.fractal(256, 256, 16, 4, 0.5, new SplittableRandom(4));
        assertThat(mean(t)).isCloseTo(0, within(0.25));
        assertThat(sd(t)).isBetween(0.5, 1.6);
    }

    @Test
    void scanLineJitterMovesRowsByLessThanHalfAPixel() {
        int w = 64, h = 32;
        float[] img = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img[y * w + x] = x;
            }
        }
        NoiseModels.scanLines(img, w, h, 0, 5, new SplittableRandom(3));
        for (int y = 0; y < h; y++) {
            assertThat(img[y * w + 30] - 30).isBetween(-0.4501f, 0.4501f);
        }
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f;
        }
        return s / v.length;
    }

    private static double sd(float[] v) {
        double m = mean(v), s = 0;
        for (float f : v) {
            s += (f - m) * (f - m);
        }
        return Math.sqrt(s / v.length);
    }
}
