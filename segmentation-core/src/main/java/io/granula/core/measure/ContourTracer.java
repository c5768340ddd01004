package io.granula.core.measure;

import java.util.Arrays;

/**
 * Traces the outer outline of one 8-connected part of a label, exactly as ImageJ's ParticleAnalyzer does
 * (ImageJ 1.54p {@code ij.gui.Wand.autoOutline} in legacy, thresholded mode, which traces 8-connected):
 * start at the part's first pixel in raster order, walk right to the first outside pixel, then follow the
 * boundary through pixel corners keeping outside pixels on the left and turning left as much as possible.
 * Only direction changes become vertices. The vertex order and starting vertex are the same as ImageJ's,
 * which matters because {@link TracedPerimeter} depends on them.
 *
 * <p>Works directly on the label array, so no per-particle mask is copied.
 */
public final class ContourTracer {
    private final int[] labels;
    private final int width;
    private final int height;

    public ContourTracer(int[] labels, int width, int height) {
        this.labels = labels;
        this.width = width;
        this.height = height;
    }

    /**
     * @param label  the particle's id
     * @param startX x of the part's first pixel in raster order (its top row's leftmost pixel)
     * @param startY y of that pixel
     */
    public Contour traceOuter(int label, int startX, int startY) {
        if (!inside(label, startX, startY)) {
            throw new IllegalArgumentException("pixel (" + startX + "," + startY + ") is not in label " + label);
        }
        int x = startX;
        do {
            x++;
        } while (inside(label, x, startY));
        return traceEdge(label, x, startY);
    }

    // Wand.traceEdge with (startX-1, startY) inside and (startX, startY) outside: walking direction 3 (down)
    // first. Directions: 0 = +x, 1 = -y, 2 = -x, 3 = +y; direction d looks at the pixel at d*90-45 degrees.
    private Contour traceEdge(int label, int startX, int startY) {
        final int startDirection = 3;
        int x = startX;
        int y = startY + 1;
        int originY = y;
        int direction = startDirection;
        int n = 0;
        int[] xs = new int[64];
        int[] ys = new int[64];
        do {
            int newDirection = direction + 1;
            do {
                if (insideAt(label, x, y, newDirection)) {
                    break;
                }
                newDirection--;
            } while (newDirection >= direction);
            if (newDirection != direction) {
                if (n == xs.length) {
                    xs = Arrays.copyOf(xs, n * 2);
                    ys = Arrays.copyOf(ys, n * 2);
                }
                xs[n] = x;
                ys[n] = y;
                n++;
            }
            switch (newDirection & 3) {
                case 0 -> x++;
                case 1 -> y--;
                case 2 -> x--;
                default -> y++;
            }
            direction = newDirection;
        } while (x != startX || y != originY || (direction & 3) != startDirection);
        if (xs[0] != x) {
            // the start vertex is a corner too (Wand adds it last)
            if (n == xs.length) {
                xs = Arrays.copyOf(xs, n + 1);
                ys = Arrays.copyOf(ys, n + 1);
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }
        return new Contour(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    private boolean inside(int label, int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && labels[y * width + x] == label;
    }

    private boolean insideAt(int label, int x, int y, int direction) {
        return switch (direction & 3) {
            case 0 -> inside(label, x, y);
            case 1 -> inside(label, x, y - 1);
            case 2 -> inside(label, x - 1, y - 1);
            default -> inside(label, x - 1, y);
        };
    }
}
