package io.granula.core.measure;

import java.util.Arrays;

/**
 * Maps the label ids present in an image (positive, possibly sparse) to dense row indices 0..count-1 in
 * ascending id order. Uses a lookup table when the largest id is moderate, otherwise a sorted id array.
 */
final class LabelIndex {
    /** Largest id served by the lookup table (64 MB of ints at most). */
    private static final int LOOKUP_LIMIT = 1 << 24;

    private final int[] ids;
    private final int[] lookup; // null when sparse

    private LabelIndex(int[] ids, int[] lookup) {
        this.ids = ids;
        this.lookup = lookup;
    }

    static LabelIndex of(int[] labels) {
        int max = 0;
        for (int v : labels) {
            if (v < 0) {
                throw new IllegalArgumentException("label images hold ids 0..2^31-1; found " + Integer.toUnsignedString(v));
            }
            if (v > max) {
                max = v;
            }
        }
        if (max <= LOOKUP_LIMIT) {
            int[] lookup = new int[max + 1];
            for (int v : labels) {
                lookup[v] = 1;
            }
            int n = 0;
            for (int id = 1; id <= max; id++) {
                n += lookup[id];
            }
            int[] ids = new int[n];
            int k = 0;
            lookup[0] = -1;
            for (int id = 1; id <= max; id++) {
                if (lookup[id] != 0) {
                    ids[k] = id;
                    lookup[id] = k++;
                } else {
                    lookup[id] = -1;
                }
            }
            return new LabelIndex(ids, lookup);
        }
        int[] sorted = Arrays.stream(labels).filter(v -> v != 0).sorted().distinct().toArray();
        return new LabelIndex(sorted, null);
    }

    int size() {
        return ids.length;
    }

    int id(int index) {
        return ids[index];
    }

    /** Dense index of a non-zero id present in the image. */
    int indexOf(int label) {
        return lookup != null ? lookup[label] : Arrays.binarySearch(ids, label);
    }
}
