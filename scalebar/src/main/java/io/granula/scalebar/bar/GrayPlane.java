package io.granula.scalebar.bar;

import io.granula.core.image.Image2D;

/**
 * The single grey plane the scale-bar search works on, with the robust intensity range
 * ({@code lo}, {@code hi}) that every contrast threshold is a fraction of, so 8-bit, 16-bit and
 * float images are treated alike.
 */
public record GrayPlane(int width, int height, float[] pixels, float lo, float hi) {

    /**
     * Grey view of {@code image} (luma for colour) with its 0.01 and 99.99 percentiles as range: a
     * scale bar and its label can be the only pixels at the extreme, so a wider percentile would cut
     * them off, while single outliers are still ignored.
     */
    public static GrayPlane of(Image2D image) {
        Image2D gray = image.toGray();
        float[] px = gray.plane(0);
        float[] range = percentileRange(px, 0.0001, 0.9999);
        return new GrayPlane(gray.width(), gray.height(), px, range[0], range[1]);
    }

    public float at(int x, int y) {
        return pixels[y * width + x];
    }

    /** Intensity range; never zero so fractions of it stay finite on a flat image. */
    public float range() {
        return Math.max(hi - lo, 1e-6f);
    }

    /** Percentiles from a 1024-bin histogram of every 3rd pixel: exact enough for thresholds, and fast. */
    private static float[] percentileRange(float[] px, double pLo, double pHi) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < px.length; i += 3) {
            float v = px[i];
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        if (!(max > min)) {
            return new float[]{min, max};
        }
        int bins = 1024;
        int[] hist = new int[bins];
        double scale = (bins - 1) / (double) (max - min);
        int n = 0;
        for (int i = 0; i < px.length; i += 3) {
            hist[(int) ((px[i] - min) * scale)]++;
            n++;
        }
        return new float[]{binValue(hist, n * pLo, min, scale), binValue(hist, n * pHi, min, scale)};
    }

    private static float binValue(int[] hist, double rank, float min, double scale) {
        long cum = 0;
        for (int b = 0; b < hist.length; b++) {
            cum += hist[b];
            if (cum > rank) {
                return (float) (min + b / scale);
            }
        }
        return (float) (min + (hist.length - 1) / scale);
    }
}
