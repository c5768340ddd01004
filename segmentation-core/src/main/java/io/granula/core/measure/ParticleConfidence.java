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
        // rowNear: a label within RING along the row; near: within the (2 RING + 1)^2 window. Only
        // background pixels near a particle are scanned, and in them only the rows that hold a label;
        // every sum still takes its pixels in raster order, so the result is the plain scan's to the bit.
        boolean[] rowNear = rowNear(lab, w, h);
        int[] nearRows = new int[w]; // per column: rows of the window (y - RING .. y + RING) with rowNear
        for (int yy = 0; yy < Math.min(RING, h); yy++) {
            addRow(nearRows, rowNear, yy * w, w, 1);
        }
        for (int y = 0; y < h; y++) {
            int yLo = Math.max(0, y - RING), yHi = Math.min(h - 1, y + RING);
            if (y + RING < h) {
                addRow(nearRows, rowNear, (y + RING) * w, w, 1);
            }
            if (y - RING - 1 >= 0) {
                addRow(nearRows, rowNear, (y - RING - 1) * w, w, -1);
            }
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int id = lab[i];
                if (id > 0) {
                    sumIn[id] += gray[i];
                    sumP[id] += probability[i];
                    nIn[id]++;
                    continue;
                }
                if (nearRows[x] == 0) {
                    continue;
                }
                // a background pixel counts once for every particle within RING of it
                stamp++;
                int xLo = Math.max(0, x - RING), xHi = Math.min(w - 1, x + RING);
                for (int yy = yLo; yy <= yHi; yy++) {
                    int row = yy * w;
                    if (!rowNear[row + x]) {
                        continue;
                    }
                    for (int xx = xLo; xx <= xHi; xx++) {
                        int o = lab[row + xx];
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

    /** Whether a labelled pixel lies within {@link #RING} px along the row, for every pixel. */
    private static boolean[] rowNear(int[] lab, int w, int h) {
        boolean[] near = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int last = Integer.MIN_VALUE / 2; // column of the last labelled pixel to the left
            for (int x = 0; x < w; x++) {
                if (lab[row + x] > 0) {
                    last = x;
                }
                near[row + x] = x - last <= RING;
            }
            last = Integer.MAX_VALUE / 2;
            for (int x = w - 1; x >= 0; x--) {
                if (lab[row + x] > 0) {
                    last = x;
                }
                near[row + x] |= last - x <= RING;
            }
        }
        return near;
    }

    /** Adds {@code sign} to the count of every column where row {@code row} has a label near. */
    private static void addRow(int[] counts, boolean[] rowNear, int row, int w, int sign) {
        for (int x = 0; x < w; x++) {
            if (rowNear[row + x]) {
                counts[x] += sign;
            }
        }
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
