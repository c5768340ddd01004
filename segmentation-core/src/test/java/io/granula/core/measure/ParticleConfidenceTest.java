package io.granula.core.measure;

import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ParticleConfidenceTest {
    private static final int N = 128;

    /** Two discs of radius 10 (ids 1 and 2) on a 128 px square. */
    private static LabelImage discs() {
        int[] lab = new int[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                if (Math.hypot(x - 32, y - 64) < 10) {
                    lab[y * N + x] = 1;
                } else if (Math.hypot(x - 96, y - 64) < 10) {
                    lab[y * N + x] = 2;
                }
            }
        }
        return new LabelImage(N, N, lab);
    }

    private static float[] noise(double sigma, long seed) {
        Random r = new Random(seed);
        float[] g = new float[N * N];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (100 + sigma * r.nextGaussian());
        }
        return g;
    }

    @Test
    void noiseSigmaOfGaussianNoiseIsItsStandardDeviation() {
        assertThat(ParticleConfidence.noiseSigma(noise(10, 1), N, N)).isCloseTo(10, within(0.5));
    }

    @Test
    void aParticleThatStandsOutIsConfidentAndOneLikeItsBackgroundIsNot() {
        LabelImage labels = discs();
        float[] gray = noise(5, 2);
        for (int i = 0; i < gray.length; i++) {
            if (labels.labels()[i] == 1) {
                gray[i] += 60; // 12 noise sigmas brighter: a particle
            } else if (labels.labels()[i] == 2) {
                gray[i] += 2;  // texture: as bright as its surroundings
            }
        }
        float[] p = new float[N * N];
        Arrays.fill(p, 0.9f);

        double[] c = ParticleConfidence.perLabel(labels, gray, p);

        assertThat(c[1]).isCloseTo(0.9, within(1e-6));
        assertThat(c[2]).isLessThan(0.2);
    }

    @Test
    void confidenceScalesWithTheNetworksProbability() {
        LabelImage labels = discs();
        float[] gray = noise(5, 3);
        for (int i = 0; i < gray.length; i++) {
            if (labels.labels()[i] > 0) {
                gray[i] += 60;
            }
        }
        float[] p = new float[N * N];
        for (int i = 0; i < p.length; i++) {
            p[i] = labels.labels()[i] == 2 ? 0.55f : 0.95f;
        }

        double[] c = ParticleConfidence.perLabel(labels, gray, p);

        assertThat(c[1]).isCloseTo(0.95, within(1e-6));
        assertThat(c[2]).isCloseTo(0.55, within(1e-6));
    }
}
