package io.granula.reports.image;

import io.granula.core.label.LabelImage;

/**
 * A label image resampled to a smaller grid by nearest neighbour (each output pixel takes the
 * label under its centre): ids are categories, so they must never be averaged. Outlines drawn on
 * the smaller grid stay one output pixel wide instead of fading as a downscaled outline would.
 */
public final class LabelSampling {
    private LabelSampling() {
    }

    public static LabelImage nearest(LabelImage labels, int width, int height) {
        if (width == labels.width() && height == labels.height()) {
            return labels;
        }
        int[] src = labels.labels();
        int[] out = new int[width * height];
        int[] xs = new int[width];
        for (int x = 0; x < width; x++) {
            xs[x] = Math.min(labels.width() - 1, (int) ((x + 0.5) * labels.width() / width));
        }
        for (int y = 0; y < height; y++) {
            int sy = Math.min(labels.height() - 1, (int) ((y + 0.5) * labels.height() / height));
            int row = sy * labels.width();
            for (int x = 0; x < width; x++) {
                out[y * width + x] = src[row + xs[x]];
            }
        }
        return new LabelImage(width, height, out);
    }
}
