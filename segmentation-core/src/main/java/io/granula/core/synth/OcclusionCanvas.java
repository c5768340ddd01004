package io.granula.core.synth;

import java.util.Arrays;

/**
 * The label image as particles are placed, top-most wins, with every particle's in-image and
 * still-visible pixel counts, so a placement can be refused before it hides too much of
 * another particle. Labels are the hard inside test of each outline at pixel centres.
 */
final class OcclusionCanvas {
    private final int width;
    private final int height;
    private final int[] labels;
    private int[] visible = new int[64];
    private int[] inImage = new int[64];
    private int[] hits = new int[64];
    private int[] touched = new int[64];
    private int count;

    OcclusionCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.labels = new int[width * height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int[] labels() {
        return labels;
    }

    int count() {
        return count;
    }

    int visibleArea(int id) {
        return visible[id];
    }

    /** True when the shape could be placed on top under the rule. */
    boolean fits(Shape shape, OverlapRule rule) {
        Bounds b = shape.bounds().grow(rule.gap() + 1);
        int x0 = b.firstColumn(), x1 = b.lastColumn(width), y0 = b.firstRow(), y1 = b.lastRow(height);
        int own = 0, nTouched = 0;
        boolean ok = true;
        outer:
        for (int y = y0; y <= y1; y++) {
            double py = y + 0.5;
            for (int x = x0; x <= x1; x++) {
                double px = x + 0.5;
                int under = labels[y * width + x];
                boolean inside = shape.contains(px, py);
                if (inside) {
                    own++;
                }
                if (under == 0) {
                    continue;
                }
                if (!rule.allowsOverlap()) {
                    if (inside || (rule.gap() > 0 && shape.signedDistance(px, py) < rule.gap())) {
                        ok = false;
                        break outer;
                    }
                } else if (inside) {
                    if (hits[under] == 0) {
                        touched[nTouched++] = under;
                    }
                    hits[under]++;
                }
            }
        }
        for (int i = 0; i < nTouched; i++) {
            int id = touched[i];
            int left = visible[id] - hits[id];
            if (left < rule.minVisible() || left < (1 - rule.maxOccluded()) * inImage[id]) {
                ok = false;
            }
            hits[id] = 0;
        }
        return ok && own >= rule.minVisible();
    }

    /** True when the outline contains a pixel centre that already carries a label (the image border does not count). */
    boolean collides(Shape shape) {
        Bounds b = shape.bounds();
        int x0 = b.firstColumn(), x1 = b.lastColumn(width), y0 = b.firstRow(), y1 = b.lastRow(height);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (labels[y * width + x] != 0 && shape.contains(x + 0.5, y + 0.5)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Draws the shape on top and returns its label. */
    int commit(Shape shape) {
        int id = ++count;
        if (id >= visible.length) {
            int n = visible.length * 2;
            visible = Arrays.copyOf(visible, n);
            inImage = Arrays.copyOf(inImage, n);
            hits = Arrays.copyOf(hits, n);
            touched = Arrays.copyOf(touched, n);
        }
        Bounds b = shape.bounds();
        int x0 = b.firstColumn(), x1 = b.lastColumn(width), y0 = b.firstRow(), y1 = b.lastRow(height);
        int own = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (shape.contains(x + 0.5, y + 0.5)) {
                    int i = y * width + x;
                    if (labels[i] != 0) {
                        visible[labels[i]]--;
                    }
                    labels[i] = id;
                    own++;
                }
            }
        }
        visible[id] = own;
        inImage[id] = own;
        return id;
    }
}
