package io.granula.core.dynamics;

import java.util.HashMap;
import java.util.Map;

/**
 * Label bookkeeping Cellpose does with fastremap: {@code fastremap.renumber} (ids 1..N in raster
 * order of each label's first pixel, 0 kept) and {@code fastremap.mask} (set chosen ids to 0).
 */
public final class LabelRenumbering {
    private LabelRenumbering() {
    }

    /**
     * Renumbers in place to 1..N in raster order of first appearance (fastremap.renumber with
     * preserve_zero=True).
     *
     * @return N, the number of distinct non-zero labels
     */
    public static int renumber(int[] labels) {
        int max = 0;
        for (int v : labels) {
            if (v < 0) {
                throw new IllegalArgumentException("negative label " + v);
            }
            max = Math.max(max, v);
        }
        if (max <= 4L * labels.length + 1024) {
            int[] map = new int[max + 1];
            int next = 0;
            for (int i = 0; i < labels.length; i++) {
                int v = labels[i];
                if (v != 0) {
                    int m = map[v];
                    if (m == 0) {
                        m = map[v] = ++next;
                    }
                    labels[i] = m;
                }
            }
            return next;
        }
        // Sparse huge ids (user label files): a hash map instead of a max-sized table.
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            int v = labels[i];
            if (v != 0) {
                Integer m = map.get(v);
                if (m == null) {
                    m = map.size() + 1;
                    map.put(v, m);
                }
                labels[i] = m;
            }
        }
        return map.size();
    }

    /** Sets every pixel whose label {@code l} has {@code drop[l]} to background (fastremap.mask). */
    public static void remove(int[] labels, boolean[] drop) {
        for (int i = 0; i < labels.length; i++) {
            int v = labels[i];
            if (v != 0 && drop[v]) {
                labels[i] = 0;
            }
        }
    }

    /** Pixel count of each label 0..n. */
    static int[] counts(int[] labels, int n) {
        int[] c = new int[n + 1];
        for (int v : labels) {
            c[v]++;
        }
        return c;
    }
}
