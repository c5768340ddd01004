package io.granula.core.synth;

import java.util.Arrays;

/** Small image filters the renderers share; borders are clamped (replicated). */
final class Filters {
    private Filters() {
    }

    /** Separable Gaussian blur, kernel truncated at 3 sigma; returns a new array (the input when sigma is tiny). */
    static float[] gaussian(float[] src, int w, int h, double sigma) {
        if (sigma < 0.2) {
            return src.clone();
        }
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        float[] tmp = new float[src.length], out = new float[src.length];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int i = -r; i <= r; i++) {
                    int xx = Math.min(w - 1, Math.max(0, x + i));
                    acc += k[i + r] * src[row + xx];
                }
                tmp[row + x] = acc;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int i = -r; i <= r; i++) {
                    int yy = Math.min(h - 1, Math.max(0, y + i));
                    acc += k[i + r] * tmp[yy * w + x];
                }
                out[y * w + x] = acc;
            }
        }
        return out;
    }

    /** Five-point discrete Laplacian. */
    static float[] laplacian(float[] src, int w, int h) {
        float[] out = new float[src.length];
        for (int y = 0; y < h; y++) {
            int ym = Math.max(0, y - 1), yp = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) {
                int xm = Math.max(0, x - 1), xp = Math.min(w - 1, x + 1);
                out[y * w + x] = src[y * w + xm] + src[y * w + xp] + src[ym * w + x] + src[yp * w + x] - 4 * src[y * w + x];
            }
        }
        return out;
    }

    /** The q-quantile (0..1) of the values, by sorting a strided sample of at most 65536 values. */
    static double quantile(float[] v, double q) {
        int stride = Math.max(1, v.length / 65536);
        float[] s = new float[(v.length + stride - 1) / stride];
        for (int i = 0, j = 0; i < v.length && j < s.length; i += stride, j++) {
            s[j] = v[i];
        }
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
    }

    /**
     * The q-quantile of the positive values only: a particle property (thickness, Z-contrast) must be
     * scaled over the particles, or a sparse scene, whose particles cover under 1 % of the field,
     * would get a zero scale and invisible particles.
     */
    static double quantileWithin(float[] v, double q) {
        int k = 0;
        for (float f : v) {
            if (f > 0) {
                k++;
            }
        }
        if (k == 0) {
            return 0;
        }
        float[] positive = new float[k];
        int j = 0;
        for (float f : v) {
            if (f > 0) {
                positive[j++] = f;
            }
        }
        return quantile(positive, q);
    }
}
