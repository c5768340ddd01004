package io.granula.core.render;

import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;

import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/**
 * Draws particle outlines over the micrograph for overlay.png and the report: the image is shown
 * with the display range of its 0.1-99.9 percentiles (so one hot pixel does not darken the view),
 * and every pixel of a kept particle that touches another id (4-neighbourhood) is painted in a
 * colour derived from the id, so touching particles stay distinguishable.
 */
public final class OverlayRenderer {
    private OverlayRenderer() {
    }

    public static BufferedImage render(Image2D image, LabelImage labels, IntPredicate keep) {
        int w = labels.width();
        int h = labels.height();
        if (image.width() != w || image.height() != h) {
            throw new IllegalArgumentException("image " + image.width() + "x" + image.height()
                    + " and labels " + w + "x" + h + " differ in size");
        }
        float[] gray = image.toGray().plane(0);
        float[] range = DisplayRange.percentiles(gray, 0.1, 99.9);
        float lo = range[0];
        float scale = range[1] > lo ? 255f / (range[1] - lo) : 0f;
        int[] lab = labels.labels();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int g = Math.max(0, Math.min(255, Math.round((gray[i] - lo) * scale)));
            rgb[i] = (g << 16) | (g << 8) | g;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int id = lab[i];
                if (id == 0 || !keep.test(id)) {
                    continue;
                }
                boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1
                        || lab[i - 1] != id || lab[i + 1] != id || lab[i - w] != id || lab[i + w] != id;
                if (edge) {
                    rgb[i] = colourOf(id);
                }
            }
        }
        out.setRGB(0, 0, w, h, rgb, 0, w);
        return out;
    }

    /** A saturated colour per id (golden-ratio hue steps keep neighbours' ids apart in hue). */
    public static int colourOf(int id) {
        float hue = (float) ((id * 0.618033988749895) % 1.0);
        return java.awt.Color.HSBtoRGB(hue, 0.85f, 1.0f) & 0xFFFFFF;
    }
}
