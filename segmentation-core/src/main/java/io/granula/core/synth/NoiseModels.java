package io.granula.core.synth;

import java.util.SplittableRandom;

/** Detector noise and scan artefacts applied to an ideal signal, in place. */
final class NoiseModels {
    private NoiseModels() {
    }

    /**
     * Shot noise: the signal (relative, about 0..1) times {@code dose} counts per pixel is a
     * Poisson mean; returns counts / dose so the scale is kept.
     */
    static void shot(float[] signal, double dose, SplittableRandom rng) {
        for (int i = 0; i < signal.length; i++) {
            double mean = Math.max(0, signal[i]) * dose;
            signal[i] = (float) (poisson(mean, rng) / dose);
        }
    }

    /** Poisson sample: Knuth's product method below 30, the normal approximation with continuity above. */
    static double poisson(double mean, SplittableRandom rng) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean), p = 1;
            int k = 0;
            do {
                k++;
                p *= rng.nextDouble();
            } while (p > limit);
            return k - 1;
        }
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * SizeDistribution.gaussian(rng)));
    }

    /** Additive Gaussian read-out noise of standard deviation {@code sigma} (signal units). */
    static void gaussian(float[] signal, double sigma, SplittableRandom rng) {
        for (int i = 0; i < signal.length; i++) {
            signal[i] += (float) (sigma * SizeDistribution.gaussian(rng));
        }
    }

    /**
     * Scan-line artefacts of a raster-scanned beam: every row gets its own gain (beam current and
     * detector drift between lines) and a sub-pixel horizontal shift (line-sync jitter), kept
     * under half a pixel so the labels stay valid.
     */
    static void scanLines(float[] signal, int w, int h, double gainJitter, double shiftJitter, SplittableRandom rng) {
        float[] row = new float[w];
        double drift = 0;
        for (int y = 0; y < h; y++) {
            drift = 0.8 * drift + 0.2 * SizeDistribution.gaussian(rng);
            double gain = 1 + gainJitter * drift;
            double shift = Math.max(-0.45, Math.min(0.45, shiftJitter * SizeDistribution.gaussian(rng)));
            System.arraycopy(signal, y * w, row, 0, w);
            for (int x = 0; x < w; x++) {
                double sx = x - shift;
                int x0 = (int) Math.floor(sx);
                double t = sx - x0;
                float a = row[Math.max(0, Math.min(w - 1, x0))], b = row[Math.max(0, Math.min(w - 1, x0 + 1))];
                signal[y * w + x] = (float) (gain * (a * (1 - t) + b * t));
            }
        }
    }

    /**
     * Charging in the SEM: an insulating particle charges under the beam and the detector
     * signal overshoots and recovers slowly along the scan line, leaving bright streaks to the
     * right of bright features, plus a few bright horizontal bands where a discharge happened.
     */
    static void chargingStreaks(float[] signal, int w, int h, double threshold, double gain, double decayPx,
                                SplittableRandom rng) {
        double keep = Math.exp(-1 / decayPx);
        for (int y = 0; y < h; y++) {
            double c = 0;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                c = Math.max(c * keep, signal[i] - threshold);
                signal[i] += (float) (gain * c);
            }
        }
        int bands = rng.nextInt(3);
        for (int b = 0; b < bands; b++) {
            int y0 = rng.nextInt(h), len = 1 + rng.nextInt(Math.max(1, h / 60));
            double lift = 0.05 + rng.nextDouble() * 0.2;
            for (int y = y0; y < Math.min(h, y0 + len); y++) {
                for (int x = 0; x < w; x++) {
                    signal[y * w + x] += (float) lift;
                }
            }
        }
    }
}
