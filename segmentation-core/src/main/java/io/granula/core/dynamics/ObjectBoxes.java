package io.granula.core.dynamics;

/**
 * Bounding boxes and pixel counts of labels {@code 1..n}, like {@code scipy.ndimage.find_objects}
 * which Cellpose uses to cut each mask out of the image. Boxes are half-open:
 * rows {@code [y0, y1)}, columns {@code [x0, x1)}; an absent label has count 0.
 */
final class ObjectBoxes {
    final int n;
    final int[] y0;
    final int[] x0;
    final int[] y1;
    final int[] x1;
    final int[] count;

    private ObjectBoxes(int n) {
        this.n = n;
        y0 = new int[n + 1];
        x0 = new int[n + 1];
        y1 = new int[n + 1];
        x1 = new int[n + 1];
        count = new int[n + 1];
        java.util.Arrays.fill(y0, Integer.MAX_VALUE);
        java.util.Arrays.fill(x0, Integer.MAX_VALUE);
    }

    /** @param n the largest label present (labels above it are not allowed) */
    static ObjectBoxes of(int[] labels, int width, int height, int n) {
        ObjectBoxes b = new ObjectBoxes(n);
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                int l = labels[i];
                if (l != 0) {
                    if (b.count[l]++ == 0) {
                        b.y0[l] = y;
                    }
                    if (x < b.x0[l]) {
                        b.x0[l] = x;
                    }
                    if (x >= b.x1[l]) {
                        b.x1[l] = x + 1;
                    }
                    b.y1[l] = y + 1;
                }
            }
        }
        return b;
    }

    int height(int l) {
        return y1[l] - y0[l];
    }

    int width(int l) {
        return x1[l] - x0[l];
    }
}
