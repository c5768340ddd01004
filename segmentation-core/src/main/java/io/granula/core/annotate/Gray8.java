package io.granula.core.annotate;

import io.granula.core.image.Image2D;

/**
 * An image's grey values mapped linearly from its own minimum..maximum onto 0..255, the scale on
 * which the annotation detectors' tolerances are set. Strips, bars and printed text are drawn at
 * the image's extreme values (black, white), so they keep those values whatever the bit depth.
 */
record Gray8(int width, int height, int[] v) {
    static Gray8 of(Image2D image) {
        float[] p = image.toGray().plane(0);
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float x : p) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        int[] v = new int[p.length];
        double scale = hi > lo ? 255.0 / (hi - lo) : 0;
        for (int i = 0; i < p.length; i++) {
            v[i] = (int) Math.round((p[i] - lo) * scale);
        }
        return new Gray8(image.width(), image.height(), v);
    }

    int get(int x, int y) {
        return v[y * width + x];
    }
}
