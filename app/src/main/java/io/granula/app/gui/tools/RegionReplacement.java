package io.granula.app.gui.tools;

import io.granula.app.project.EditOperation;
import io.granula.core.label.LabelImage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * "Redo this region": which particles a fresh segmentation of a rectangle replaces, as one
 * {@link EditOperation.ReplaceRegion}. The rectangle is segmented with a margin around it (the model sees
 * each particle whole, as in a full analysis), and the decision per particle is by majority:
 * <ul>
 *   <li>an old particle with at least half of its pixels inside the rectangle is removed, all of it;</li>
 *   <li>an old particle mostly outside is kept as it is, its pixels inside the rectangle included;</li>
 *   <li>a new particle with more than half of its pixels inside the rectangle is taken, all of it (also its
 *       part in the margin), on pixels that are background or were freed; pixels of a kept particle stay
 *       with it, so no pixel belongs to two particles;</li>
 *   <li>a new particle mostly outside (in the margin) is dropped: the old masks there were not asked about.</li>
 * </ul>
 * New particles get fresh ids above the image's largest. Undo restores the old labels exactly (the store
 * keeps the before pixels of the replaced rectangle).
 */
final class RegionReplacement {
    private RegionReplacement() {
    }

    /**
     * @param labels the image's current labels
     * @param rect   the user's rectangle {x, y, width, height}, inside the image
     * @param crop   the rectangle with its margin {x, y, width, height}, inside the image
     * @param fresh  the new labels of {@code crop}
     * @return the replacement, or null when it would change nothing
     */
    static EditOperation.ReplaceRegion of(LabelImage labels, int[] rect, int[] crop, LabelImage fresh) {
        int w = labels.width();
        int[] px = labels.labels();
        Map<Integer, int[]> old = new HashMap<>(); // id -> {total, inside, x0, y0, x1, y1}
        for (int y = 0; y < labels.height(); y++) {
            for (int x = 0; x < w; x++) {
                int id = px[y * w + x];
                if (id != 0) {
                    int[] s = old.computeIfAbsent(id, k -> new int[]{0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
                    s[0]++;
                    s[1] += in(rect, x, y) ? 1 : 0;
                    s[2] = Math.min(s[2], x);
                    s[3] = Math.min(s[3], y);
                    s[4] = Math.max(s[4], x);
                    s[5] = Math.max(s[5], y);
                }
            }
        }
        Set<Integer> removed = new HashSet<>();
        int x0 = crop[0], y0 = crop[1], x1 = crop[0] + crop[2] - 1, y1 = crop[1] + crop[3] - 1;
        for (Map.Entry<Integer, int[]> e : old.entrySet()) {
            int[] s = e.getValue();
            if (s[1] > 0 && 2 * s[1] >= s[0]) {
                removed.add(e.getKey());
                x0 = Math.min(x0, s[2]);
                y0 = Math.min(y0, s[3]);
                x1 = Math.max(x1, s[4]);
                y1 = Math.max(y1, s[5]);
            }
        }
        Map<Integer, int[]> born = new HashMap<>(); // new id -> {total, inside}
        int[] f = fresh.labels();
        for (int y = 0; y < crop[3]; y++) {
            for (int x = 0; x < crop[2]; x++) {
                int id = f[y * crop[2] + x];
                if (id != 0) {
                    int[] s = born.computeIfAbsent(id, k -> new int[2]);
                    s[0]++;
                    s[1] += in(rect, crop[0] + x, crop[1] + y) ? 1 : 0;
                }
            }
        }
        Map<Integer, Integer> newId = new HashMap<>();
        int next = labels.maxLabel() + 1;
        for (int id : born.keySet().stream().sorted().toList()) {
            int[] s = born.get(id);
            if (2 * s[1] > s[0]) {
                newId.put(id, next++);
            }
        }
        int uw = x1 - x0 + 1, uh = y1 - y0 + 1;
        int[] out = new int[uw * uh];
        boolean changed = false;
        for (int y = 0; y < uh; y++) {
            for (int x = 0; x < uw; x++) {
                int ix = x0 + x, iy = y0 + y;
                int was = px[iy * w + ix];
                int now = removed.contains(was) ? 0 : was;
                if (now == 0 && in(crop, ix, iy)) {
                    now = newId.getOrDefault(f[(iy - crop[1]) * crop[2] + ix - crop[0]], 0);
                }
                out[y * uw + x] = now;
                changed |= now != was;
            }
        }
        return changed ? new EditOperation.ReplaceRegion(x0, y0, uw, uh, out) : null;
    }

    private static boolean in(int[] r, int x, int y) {
        return x >= r[0] && y >= r[1] && x < r[0] + r[2] && y < r[1] + r[3];
    }
}
