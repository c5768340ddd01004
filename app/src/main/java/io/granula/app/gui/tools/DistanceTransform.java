package io.granula.app.gui.tools;

/**
 * Exact squared Euclidean distance transform by two passes of the lower envelope of parabolas
 * (Felzenszwalb &amp; Huttenlocher, "Distance Transforms of Sampled Functions", Theory of Computing 8, 2012,
 * algorithm DT(f)). Everything outside the given rectangle counts as background, so a mask touching the
 * rectangle's edge has distance 1 there (the box of a particle is exactly its extent).
 */
final class DistanceTransform {
    private static final double INF = 1e20;

    private DistanceTransform() {
    }

    /** For each pixel of {@code mask}, the squared distance to the nearest background pixel (0 on background). */
    static double[] squared(boolean[] mask, int w, int h) {
        // pad by one background pixel all round, so the outside of the box is background
        int pw = w + 2, ph = h + 2;
        double[] f = new double[pw * ph];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                f[(y + 1) * pw + x + 1] = mask[y * w + x] ? INF : 0;
            }
        }
        double[] line = new double[Math.max(pw, ph)];
        double[] res = new double[Math.max(pw, ph)];
        for (int x = 0; x < pw; x++) {
            for (int y = 0; y < ph; y++) {
                line[y] = f[y * pw + x];
            }
            pass(line, ph, res);
            for (int y = 0; y < ph; y++) {
                f[y * pw + x] = res[y];
            }
        }
        for (int y = 0; y < ph; y++) {
            System.arraycopy(f, y * pw, line, 0, pw);
            pass(line, pw, res);
            System.arraycopy(res, 0, f, y * pw, pw);
        }
        double[] out = new double[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(f, (y + 1) * pw + 1, out, y * w, w);
        }
        return out;
    }

    /** One-dimensional pass: d(q) = min_p (q - p)^2 + f(p), via the lower envelope of the parabolas. */
    private static void pass(double[] f, int n, double[] d) {
        int[] v = new int[n];
        double[] z = new double[n + 1];
        int k = 0;
        v[0] = 0;
        z[0] = -INF;
        z[1] = INF;
        for (int q = 1; q < n; q++) {
            double s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
            while (s <= z[k]) {
                k--;
                s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = INF;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            d[q] = (double) (q - v[k]) * (q - v[k]) + f[v[k]];
        }
    }
}
