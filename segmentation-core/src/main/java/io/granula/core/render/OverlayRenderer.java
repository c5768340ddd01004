package io.granula.core.render;

import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.function.IntPredicate;

/**
 * Draws particle outlines over the micrograph for overlay.png and the report: the image is shown
 * with the display range of its 0.1-99.9 percentiles (so one hot pixel does not darken the view),
 * and every pixel of a kept particle that touches another id (4-neighbourhood) is painted in a
 * colour derived from the id, so touching particles stay distinguishable.
 *
 * <p>The two layers are also available apart ({@link #display}, {@link #outlines}): the PDF report
 * stores the micrograph as JPEG and the outlines losslessly over it, which keeps one-pixel
 * outlines sharp at a fraction of the size of a JPEG of the composite.
 */
public final class OverlayRenderer {
    private OverlayRenderer() {
    }

    public static BufferedImage render(Image2D image, LabelImage labels, IntPredicate keep) {
        return render(image, labels, keep, java.util.List.of());
    }

    /** Hatching and frame colour of the areas left out of segmentation (annotation). */
    static final int EXCLUDED = 0x00B4FF;

    /**
     * The image with every kept particle's outline, and the annotation areas left out of
     * segmentation framed and hatched (diagonals every 8 px), so that a user sees what was not measured.
     */
    public static BufferedImage render(Image2D image, LabelImage labels, IntPredicate keep,
                                       java.util.List<io.granula.core.annotate.AnnotationArea> excluded) {
        BufferedImage out = renderOutlines(image, labels, keep);
        for (io.granula.core.annotate.AnnotationArea a : excluded) {
            for (int y = a.y0(); y < a.y1(); y++) {
                for (int x = a.x0(); x < a.x1(); x++) {
                    boolean frame = x == a.x0() || y == a.y0() || x == a.x1() - 1 || y == a.y1() - 1;
                    if (frame || (x + y) % 8 == 0) {
                        out.setRGB(x, y, EXCLUDED);
                    }
                }
            }
        }
        return out;
    }

    private static BufferedImage renderOutlines(Image2D image, LabelImage labels, IntPredicate keep) {
        int w = labels.width();
        int h = labels.height();
        if (image.width() != w || image.height() != h) {
            throw new IllegalArgumentException("image " + image.width() + "x" + image.height()
                    + " and labels " + w + "x" + h + " differ in size");
        }
        byte[] gray = ((DataBufferByte) display(image).getRaster().getDataBuffer()).getData();
        int[] outline = outlines(labels, keep);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int g = gray[i] & 0xFF;
            rgb[i] = outline[i] != 0 ? outline[i] & 0xFFFFFF : (g << 16) | (g << 8) | g;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, rgb, 0, w);
        return out;
    }

    /** The micrograph (its grey view) mapped to 0..255 over its 0.1-99.9 percentile range. */
    public static BufferedImage display(Image2D image) {
        int w = image.width();
        int h = image.height();
        float[] gray = image.toGray().plane(0);
        float[] range = DisplayRange.percentiles(gray, 0.1, 99.9);
        float lo = range[0];
        float scale = range[1] > lo ? 255f / (range[1] - lo) : 0f;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.max(0, Math.min(255, Math.round((gray[i] - lo) * scale)));
        }
        return out;
    }

    /**
     * Outline pixels of the kept particles as opaque ARGB ({@link #colourOf} their id), 0
     * (transparent) everywhere else, raster order.
     */
    public static int[] outlines(LabelImage labels, IntPredicate keep) {
        int w = labels.width();
        int h = labels.height();
        int[] lab = labels.labels();
        int[] out = new int[w * h];
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
                    out[i] = 0xFF000000 | colourOf(id);
                }
            }
        }
        return out;
    }

    /** A saturated colour per id (golden-ratio hue steps keep neighbours' ids apart in hue). */
    public static int colourOf(int id) {
        float hue = (float) ((id * 0.618033988749895) % 1.0);
        return java.awt.Color.HSBtoRGB(hue, 0.85f, 1.0f) & 0xFFFFFF;
    }
}
