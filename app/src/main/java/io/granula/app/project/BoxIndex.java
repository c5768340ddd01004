package io.granula.app.project;

import io.granula.core.label.LabelImage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Bounding box {minX, minY, maxX, maxY} of every label of an image being edited, so that an edit finds a
 * particle's pixels without scanning the image. After an edit of rectangle R a touched particle's pixels
 * lie in its old box or in R (nothing else changed), so only that union is scanned again.
 */
final class BoxIndex {
    private final Map<Integer, int[]> boxes = new HashMap<>();

    static BoxIndex of(LabelImage labels) {
        BoxIndex index = new BoxIndex();
        int w = labels.width();
        int[] a = labels.labels();
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                index.include(a[i], i % w, i / w);
            }
        }
        return index;
    }

    private void include(int label, int x, int y) {
        int[] b = boxes.get(label);
        if (b == null) {
            boxes.put(label, new int[]{x, y, x, y});
        } else {
            b[0] = Math.min(b[0], x);
            b[1] = Math.min(b[1], y);
            b[2] = Math.max(b[2], x);
            b[3] = Math.max(b[3], y);
        }
    }

    /** The box, or null when the label has no pixels. */
    int[] box(int label) {
        return boxes.get(label);
    }

    int maxLabel() {
        int max = 0;
        for (int k : boxes.keySet()) {
            max = Math.max(max, k);
        }
        return max;
    }

    /** Re-finds the boxes of {@code labels} after rectangle (x, y, w, h) changed. */
    void update(LabelImage image, Set<Integer> labels, int x, int y, int w, int h) {
        int iw = image.width();
        int[] a = image.labels();
        for (int label : labels) {
            int[] old = boxes.remove(label);
            int x0 = old == null ? x : Math.min(old[0], x);
            int y0 = old == null ? y : Math.min(old[1], y);
            int x1 = old == null ? x + w - 1 : Math.max(old[2], x + w - 1);
            int y1 = old == null ? y + h - 1 : Math.max(old[3], y + h - 1);
            for (int yy = y0; yy <= y1; yy++) {
                int off = yy * iw;
                for (int xx = x0; xx <= x1; xx++) {
                    if (a[off + xx] == label) {
                        include(label, xx, yy);
                    }
                }
            }
        }
    }
}
