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

    /**
     * The chroma of a colour image, max(R, G, B) - min(R, G, B) per pixel (the C of the HSV model,
     * A. R. Smith, "Color gamut transform pairs", SIGGRAPH 1978), with its percentile range: a label
     * printed in yellow, red or cyan over a grey specimen stands out here however close its luma is to
     * the texture around it. {@code grey} is the image's {@link #of} plane. Empty for grey images and for colour images with no colour in them.
     */
    public static java.util.Optional<GrayPlane> chromaOf(Image2D image, GrayPlane grey) {
        if (image.channels() < 3) {
            return java.util.Optional.empty();
        }
        float[] r = image.plane(0);
        float[] gr = image.plane(1);
        float[] b = image.plane(2);
        float[] c = new float[r.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.max(r[i], Math.max(gr[i], b[i])) - Math.min(r[i], Math.min(gr[i], b[i]));
        }
        float[] range = percentileRange(c, 0.0001, 0.9999);
        // colour under a quarter of the grey range is JPEG's chroma noise or a tint, not a coloured label
        if (range[1] - range[0] < MIN_CHROMA * grey.range()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new GrayPlane(image.width(), image.height(), c, range[0], range[1]));
    }

    private static final float MIN_CHROMA = 0.25f;

    /** The plane with rows and columns swapped: a vertical bar of the image is a horizontal one here. */
    public GrayPlane transposed() {
        float[] t = new float[pixels.length];
        // in 8 x 8 tiles, each written a column of the output at a time: a row-by-row copy writes each
        // value a whole column away from the last, a cache miss per pixel, and wider tiles put more
        // output rows 8 KB apart (a 2048 px image) in one cache set than it has ways (25 -> 14 ms);
        // bands of tiles side by side
        int tile = 8;
        java.util.stream.IntStream.range(0, (height + tile - 1) / tile).parallel().forEach(band -> {
            int y0 = band * tile;
            int y1 = Math.min(height, y0 + tile);
            for (int x0 = 0; x0 < width; x0 += tile) {
                int x1 = Math.min(width, x0 + tile);
                for (int x = x0; x < x1; x++) {
                    int out = x * height;
                    for (int y = y0; y < y1; y++) {
                        t[out + y] = pixels[y * width + x];
                    }
                }
            }
        });
        return new GrayPlane(height, width, t, lo, hi);
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
