package io.granula.core.dynamics;

import io.granula.core.progress.ProgressMonitor;

/**
 * Clean-up, Cellpose's {@code utils.fill_holes_and_remove_small_masks}: drop masks under
 * {@code minSize} pixels and renumber; fill each mask's holes in label order (a hole is a
 * 4-connected region of other pixels that does not reach the edge of the mask's box, as
 * scipy's binary_fill_holes / fill_voids find it; pixels of other masks inside a hole are taken
 * over, as in Cellpose); drop masks that became too small and renumber again.
 *
 * <p>Holes of a mask depend only on its own pixels, so they are found for all masks in
 * parallel and applied in label order; a mask that lost pixels to an earlier mask's fill is
 * re-examined on its turn, which keeps the result identical to the sequential loop.
 */
public final class FillHolesAndRemoveSmallMasks {
    private FillHolesAndRemoveSmallMasks() {
    }

    /**
     * @param labels masks 1..n numbered in raster order of first pixel (as the earlier stages
     *               leave them), modified in place; returned renumbered 1..N in raster order
     * @return N
     */
    public static int apply(int[] labels, int width, int height, int n, int minSize, int threads, ProgressMonitor progress) {
        if (minSize > 0) {
            n = removeSmall(labels, n, minSize);
        }
        boolean tookOver = fillHoles(labels, width, height, n, threads, progress);
        if (minSize > 0 && tookOver) {
            n = removeSmall(labels, n, minSize);
        }
        // Cellpose leaves ids as they are when min_size <= 0; we always return 1..N in raster order.
        // Filling never moves a mask's first pixel, so ids only need redoing when a fill took
        // pixels from another mask.
        return tookOver ? LabelRenumbering.renumber(labels) : n;
    }

    /** Drops masks under minSize pixels and renumbers (only when one was dropped: ids are already in order). */
    static int removeSmall(int[] labels, int n, int minSize) {
        int[] counts = LabelRenumbering.counts(labels, n);
        boolean[] drop = new boolean[n + 1];
        boolean any = false;
        for (int l = 1; l <= n; l++) {
            if (counts[l] > 0 && counts[l] < minSize) {
                drop[l] = true;
                any = true;
            }
        }
        if (!any) {
            return n;
        }
        LabelRenumbering.remove(labels, drop);
        return LabelRenumbering.renumber(labels);
    }

    /** @return whether a fill took pixels from another mask */
    static boolean fillHoles(int[] labels, int width, int height, int n, int threads, ProgressMonitor progress) {
        if (n == 0) {
            return false;
        }
        ObjectBoxes boxes = ObjectBoxes.of(labels, width, height, n);
        int[][] holes = new int[n + 1][];
        Workers.forRange(threads, n, 64, progress, (from, to) -> {
            for (int l = from + 1; l <= to; l++) {
                holes[l] = holes(labels, width, boxes, l);
            }
        });
        boolean[] changed = new boolean[n + 1];
        boolean tookOver = false;
        for (int l = 1; l <= n; l++) {
            int[] h = changed[l] ? holes(labels, width, boxes, l) : holes[l];
            for (int i : h) {
                int other = labels[i];
                if (other != 0) {
                    changed[other] = true;
                    tookOver = true;
                }
                labels[i] = l;
            }
        }
        return tookOver;
    }

    private static final int[] NONE = new int[0];

    /** Raster indices of the holes of label l, found by flooding the box's other pixels from its edge. */
    static int[] holes(int[] labels, int width, ObjectBoxes boxes, int l) {
        int bw = boxes.width(l);
        int bh = boxes.height(l);
        if (boxes.count[l] == 0 || bw < 3 || bh < 3) {
            return NONE;
        }
        int x0 = boxes.x0[l];
        int y0 = boxes.y0[l];
        // 0 = other pixel not yet reached, 1 = mask, 2 = reached from the box edge
        byte[] state = new byte[bw * bh];
        int others = 0;
        for (int y = 0; y < bh; y++) {
            int row = (y0 + y) * width + x0;
            for (int x = 0; x < bw; x++) {
                if (labels[row + x] == l) {
                    state[y * bw + x] = 1;
                } else {
                    others++;
                }
            }
        }
        int[] stack = new int[others];
        int top = 0;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                if ((y == 0 || y == bh - 1 || x == 0 || x == bw - 1) && state[y * bw + x] == 0) {
                    state[y * bw + x] = 2;
                    stack[top++] = y * bw + x;
                }
            }
        }
        int reached = top;
        while (top > 0) {
            int p = stack[--top];
            int px = p % bw;
            int py = p / bw;
            if (py > 0 && state[p - bw] == 0) {
                state[p - bw] = 2;
                stack[top++] = p - bw;
                reached++;
            }
            if (py < bh - 1 && state[p + bw] == 0) {
                state[p + bw] = 2;
                stack[top++] = p + bw;
                reached++;
            }
            if (px > 0 && state[p - 1] == 0) {
                state[p - 1] = 2;
                stack[top++] = p - 1;
                reached++;
            }
            if (px < bw - 1 && state[p + 1] == 0) {
                state[p + 1] = 2;
                stack[top++] = p + 1;
                reached++;
            }
        }
        if (reached == others) { // also covers a box the mask fills completely (others == 0)
            return NONE;
        }
        int[] out = new int[others - reached];
        int k = 0;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                if (state[y * bw + x] == 0) {
                    out[k++] = (y0 + y) * width + x0 + x;
                }
            }
        }
        return out;
    }
}
