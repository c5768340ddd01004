package io.granula.core.label;

/**
 * Instance labels: 0 is background, any positive int is an object id; ids need not be
 * consecutive. Raster order, index {@code y*width + x}.
 */
public final class LabelImage {
    private final int width;
    private final int height;
    private final int[] labels;

    public LabelImage(int width, int height, int[] labels) {
        if (labels.length != (long) width * height) {
            throw new IllegalArgumentException("label array length " + labels.length + " != " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.labels = labels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The backing array (shared, raster order). */
    public int[] labels() {
        return labels;
    }

    public int get(int x, int y) {
        return labels[y * width + x];
    }

    public int maxLabel() {
        int max = 0;
        for (int v : labels) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Number of distinct non-zero ids. */
    public int objectCount() {
        int max = maxLabel();
        boolean[] seen = new boolean[max + 1];
        int n = 0;
        for (int v : labels) {
            if (v > 0 && !seen[v]) {
                seen[v] = true;
                n++;
            }
        }
        return n;
    }
}
