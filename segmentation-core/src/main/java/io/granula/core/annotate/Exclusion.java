package io.granula.core.annotate;

import io.granula.core.dynamics.LabelRenumbering;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;

import java.util.Arrays;
import java.util.List;

/**
 * Keeps annotation areas out of segmentation. Data strips along the edges are cut off (the network
 * never sees them, and costs nothing for them); areas inside the specimen (a scale bar drawn on the
 * image, its label) are painted with the specimen's median grey before the network runs, and masks
 * lying mostly in them are dropped afterwards, the rest trimmed to the specimen.
 *
 * @param x0    the specimen rectangle left once edge strips are cut off
 * @param inner areas inside that rectangle, in full-image coordinates
 */
public record Exclusion(int width, int height, int x0, int y0, int x1, int y1, List<AnnotationArea> inner) {
    /** A mask with at least this fraction of its pixels in excluded areas is annotation, not a particle. */
    static final double MOSTLY = 0.5;

    public Exclusion {
        inner = List.copyOf(inner);
    }

    public static Exclusion of(List<AnnotationArea> areas, int width, int height) {
        int x0 = 0, y0 = 0, x1 = width, y1 = height;
        for (AnnotationArea a : areas) {
            if (a.kind() != AnnotationArea.Kind.DATA_STRIP) {
                continue;
            }
            boolean rows = a.x0() == 0 && a.x1() == width;
            if (rows && a.y1() == height) {
                y1 = Math.min(y1, a.y0());
            } else if (rows && a.y0() == 0) {
                y0 = Math.max(y0, a.y1());
            } else if (a.x0() == 0) {
                x0 = Math.max(x0, a.x1());
            } else if (a.x1() == width) {
                x1 = Math.min(x1, a.x0());
            }
        }
        if (x1 - x0 < 16 || y1 - y0 < 16) {
            // strips leave (almost) nothing: analyse the whole image rather than nothing
            return new Exclusion(width, height, 0, 0, width, height, List.of());
        }
        final int fx0 = x0, fy0 = y0, fx1 = x1, fy1 = y1;
        List<AnnotationArea> inner = areas.stream()
                .filter(a -> a.kind() != AnnotationArea.Kind.DATA_STRIP)
                .filter(a -> a.x1() > fx0 && a.x0() < fx1 && a.y1() > fy0 && a.y0() < fy1).toList();
        return new Exclusion(width, height, x0, y0, x1, y1, inner);
    }

    public boolean isNone() {
        return x0 == 0 && y0 == 0 && x1 == width && y1 == height && inner.isEmpty();
    }

    /** The specimen part of a grey image, inner areas painted with its median. */
    public Image2D specimen(Image2D gray) {
        return specimen(gray, paint(gray));
    }

    /**
     * What {@link #specimen(Image2D)} paints the inner areas with: the median grey of the specimen part
     * before they are painted (0 when there are none), for a caller that cuts the specimen more than once.
     */
    public float paint(Image2D gray) {
        if (inner.isEmpty()) {
            return 0f;
        }
        float[] sorted = crop(gray);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The specimen part of a grey image, inner areas painted with {@code median} ({@link #paint}). */
    public Image2D specimen(Image2D gray, float median) {
        if (isNone()) {
            return gray;
        }
        float[] out = crop(gray);
        int w = x1 - x0, h = y1 - y0;
        if (!inner.isEmpty()) {
            for (AnnotationArea a : inner) {
                for (int y = Math.max(a.y0(), y0); y < Math.min(a.y1(), y1); y++) {
                    for (int x = Math.max(a.x0(), x0); x < Math.min(a.x1(), x1); x++) {
                        out[(y - y0) * w + x - x0] = median;
                    }
                }
            }
        }
        return Image2D.gray(w, h, out);
    }

    /** The specimen rectangle of a grey image, copied. */
    private float[] crop(Image2D gray) {
        int w = x1 - x0, h = y1 - y0;
        float[] src = gray.plane(0);
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(src, (y + y0) * width + x0, out, y * w, w);
        }
        return out;
    }

    /** Labels of the specimen part placed back in the full image; masks mostly in inner areas dropped. */
    public LabelImage place(LabelImage specimen) {
        if (isNone()) {
            return specimen;
        }
        int w = x1 - x0;
        int[] out = new int[width * height];
        for (int y = 0; y < y1 - y0; y++) {
            System.arraycopy(specimen.labels(), y * w, out, (y + y0) * width + x0, w);
        }
        if (!inner.isEmpty()) {
            int max = specimen.maxLabel();
            int[] area = new int[max + 1];
            int[] excluded = new int[max + 1];
            for (int i = 0; i < out.length; i++) {
                if (out[i] > 0) {
                    area[out[i]]++;
                    if (inArea(i % width, i / width)) {
                        excluded[out[i]]++;
                    }
                }
            }
            boolean[] drop = new boolean[max + 1];
            for (int l = 1; l <= max; l++) {
                drop[l] = area[l] > 0 && excluded[l] >= MOSTLY * area[l];
            }
            for (int i = 0; i < out.length; i++) {
                if (out[i] > 0 && (drop[out[i]] || inArea(i % width, i / width))) {
                    out[i] = 0;
                }
            }
        }
        LabelRenumbering.renumber(out);
        return new LabelImage(width, height, out);
    }

    /** Per-pixel values of the specimen part placed back in the full image, {@code outside} elsewhere. */
    public float[] place(float[] specimen, float outside) {
        if (isNone()) {
            return specimen;
        }
        int w = x1 - x0;
        float[] out = new float[width * height];
        Arrays.fill(out, outside);
        for (int y = 0; y < y1 - y0; y++) {
            System.arraycopy(specimen, y * w, out, (y + y0) * width + x0, w);
        }
        return out;
    }

    private boolean inArea(int x, int y) {
        for (AnnotationArea a : inner) {
            if (a.contains(x, y)) {
                return true;
            }
        }
        return false;
    }
}
