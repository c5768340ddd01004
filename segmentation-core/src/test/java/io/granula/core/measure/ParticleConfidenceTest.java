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

    @Test
    void confidencesAreThoseOfThePlainWindowScanToTheBit() {
        Random r = new Random(7);
        int[][] sizes = {{97, 61}, {5, 3}, {2, 9}, {1, 1}, {40, 40}, {7, 200}};
        for (int[] size : sizes) {
            int w = size[0], h = size[1];
            int[] lab = new int[w * h];
            // touching, overlapping and isolated blobs, ids up to 40, some absent
            for (int k = 0; k < 30; k++) {
                int id = 1 + r.nextInt(40), cx = r.nextInt(w), cy = r.nextInt(h), rad = r.nextInt(6);
                for (int y = Math.max(0, cy - rad); y <= Math.min(h - 1, cy + rad); y++) {
                    for (int x = Math.max(0, cx - rad); x <= Math.min(w - 1, cx + rad); x++) {
                        lab[y * w + x] = id;
                    }
                }
            }
            float[] gray = new float[w * h], p = new float[w * h];
            for (int i = 0; i < gray.length; i++) {
                gray[i] = (float) (100 + 20 * r.nextGaussian());
                p[i] = r.nextFloat();
            }
            LabelImage labels = new LabelImage(w, h, lab);

            double[] fast = ParticleConfidence.perLabel(labels, gray, p);

            assertThat(fast).as("%d x %d", w, h).containsExactly(plainScan(labels, gray, p));
        }
    }

    /** The definition, scanned naively: every background pixel looks at its whole window. */
    private static double[] plainScan(LabelImage labels, float[] gray, float[] probability) {
        int w = labels.width(), h = labels.height(), ring = ParticleConfidence.RING;
        int[] lab = labels.labels();
        int max = labels.maxLabel();
        double[] sumIn = new double[max + 1], sumP = new double[max + 1], sumRing = new double[max + 1];
        long[] nIn = new long[max + 1], nRing = new long[max + 1];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (lab[i] > 0) {
                    sumIn[lab[i]] += gray[i];
                    sumP[lab[i]] += probability[i];
                    nIn[lab[i]]++;
                    continue;
                }
                java.util.Set<Integer> near = new java.util.HashSet<>();
                for (int yy = Math.max(0, y - ring); yy <= Math.min(h - 1, y + ring); yy++) {
                    for (int xx = Math.max(0, x - ring); xx <= Math.min(w - 1, x + ring); xx++) {
                        if (lab[yy * w + xx] > 0 && near.add(lab[yy * w + xx])) {
                            sumRing[lab[yy * w + xx]] += gray[i];
                            nRing[lab[yy * w + xx]]++;
                        }
                    }
                }
            }
        }
        double sigma = Math.max(ParticleConfidence.noiseSigma(gray, w, h), 1e-6);
        double[] out = new double[max + 1];
        for (int id = 1; id <= max; id++) {
            if (nIn[id] > 0) {
                double c = nRing[id] == 0 ? ParticleConfidence.FULL_CONTRAST
                        : Math.abs(sumIn[id] / nIn[id] - sumRing[id] / nRing[id]) / sigma;
                out[id] = sumP[id] / nIn[id] * Math.min(1, c / ParticleConfidence.FULL_CONTRAST);
            }
        }
        return out;
    }
}
