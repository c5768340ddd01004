package io.granula.core.measure;

import io.granula.core.label.LabelImage;

/**
 * Per-particle confidence, 0..1: {@code p * min(1, C / FULL_CONTRAST)}. {@code p} is the mean cell
 * probability over the particle's pixels (how surely the network calls them particle); {@code C} is
 * the particle's contrast against its local background, |mean inside - mean of the unlabelled pixels
 * within {@link #RING} px| over the image's noise sigma, a signal-to-noise ratio. Substrate texture
 * found as particles has marginal probability or stands barely above the noise, or both.
 */
public final class ParticleConfidence {
    /** Background ring width in pixels (Chebyshev distance from the particle). */
    static final int RING = 3;
    /** Contrast (in noise sigmas) that earns full credit: Rose's criterion for a visible object is about 5. */
    static final double FULL_CONTRAST = 5;

    private ParticleConfidence() {
    }

    /**
     * Confidence of every label id (index = id; 0 unused).
     *
     * @param gray        the grey image the particles were found in, same size as {@code labels}
     * @param probability cell probability 0..1 per pixel, same size
     */
    public static double[] perLabel(LabelImage labels, float[] gray, float[] probability) {
        int w = labels.width(), h = labels.height();
        int[] lab = labels.labels();
        int max = labels.maxLabel();
        double[] sumIn = new double[max + 1], sumP = new double[max + 1], sumRing = new double[max + 1];
        long[] nIn = new long[max + 1], nRing = new long[max + 1];
        int[] seen = new int[max + 1];
        int stamp = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int id = lab[i];
                if (id > 0) {
                    sumIn[id] += gray[i];
                    sumP[id] += probability[i];
                    nIn[id]++;
                    continue;
                }
                // a background pixel counts once for every particle within RING of it
                stamp++;
                for (int yy = Math.max(0, y - RING); yy <= Math.min(h - 1, y + RING); yy++) {
                    for (int xx = Math.max(0, x - RING); xx <= Math.min(w - 1, x + RING); xx++) {
                        int o = lab[yy * w + xx];
                        if (o > 0 && seen[o] != stamp) {
                            seen[o] = stamp;
                            sumRing[o] += gray[i];
                            nRing[o]++;
                        }
                    }
                }
            }
        }
        double sigma = Math.max(noiseSigma(gray, w, h), 1e-6);
        double[] out = new double[max + 1];
        for (int id = 1; id <= max; id++) {
            if (nIn[id] == 0) {
                continue;
            }
            double p = sumP[id] / nIn[id];
            // a particle with no background around it (packed among others) keeps its probability alone
            double c = nRing[id] == 0 ? FULL_CONTRAST : Math.abs(sumIn[id] / nIn[id] - sumRing[id] / nRing[id]) / sigma;
            out[id] = p * Math.min(1, c / FULL_CONTRAST);
        }
        return out;
    }

    /**
     * Noise sigma of an image: sqrt(pi/2) / (6 (W-2)(H-2)) * sum |I * N| with N the 3x3 mask
     * [1 -2 1; -2 4 -2; 1 -2 1], which cancels image structure up to second order (Immerkaer 1996).
     */
    public static double noiseSigma(float[] gray, int w, int h) {
        if (w < 3 || h < 3) {
            return 0;
        }
        double sum = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                double v = gray[i - w - 1] - 2 * gray[i - w] + gray[i - w + 1]
                        - 2 * gray[i - 1] + 4 * gray[i] - 2 * gray[i + 1]
                        + gray[i + w - 1] - 2 * gray[i + w] + gray[i + w + 1];
                sum += Math.abs(v);
            }
        }
        return Math.sqrt(Math.PI / 2) * sum / (6.0 * (w - 2) * (h - 2));
    }
}
