package io.granula.scalebar.bar;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds end ticks: a few columns at each end of a bar where the bar's colour continues above or
 * below it while the bar's interior does not. Instruments draw them (Zeiss, JEOL, FEI, Hitachi
 * rulers) and calibrate the distance between their centres, not the bar's outer length.
 */
public final class TickFinder {

    public Optional<Ticks> find(GrayPlane g, UniformRect r, float tol) {
        int len = r.length();
        int h = r.thickness();
        int searchWidth = Math.max(2, Math.min(len / 6, 3 * h + 4));
        // Ticks are short; a column of bar colour running further is a frame or table line.
        int maxTick = Math.max(2 * h + 6, len / 4);
        int maxExtent = maxTick + 1;
        int base = interiorExtent(g, r, tol, maxExtent);
        int threshold = base + Math.max(2, (h + 1) / 2);

        int[] left = tickColumns(g, r, tol, maxExtent, threshold, r.x0(), +1, searchWidth);
        int[] right = tickColumns(g, r, tol, maxExtent, threshold, r.x1(), -1, searchWidth);
        if (left == null || right == null) {
            return Optional.empty();
        }
        int wl = left[1] - left[0] + 1;
        int wr = right[1] - right[0] + 1;
        if (Math.abs(wl - wr) > 1 + 0.3 * Math.max(wl, wr)) {
            return Optional.empty();
        }
        int upL = extent(g, (left[0] + left[1]) / 2, r.y0() - 1, -1, r.value(), tol, maxExtent);
        int upR = extent(g, (right[0] + right[1]) / 2, r.y0() - 1, -1, r.value(), tol, maxExtent);
        int downL = extent(g, (left[0] + left[1]) / 2, r.y1() + 1, +1, r.value(), tol, maxExtent);
        int downR = extent(g, (right[0] + right[1]) / 2, r.y1() + 1, +1, r.value(), tol, maxExtent);
        if (Math.max(Math.max(upL, upR), Math.max(downL, downR)) > maxTick) {
            return Optional.empty();
        }
        return Optional.of(new Ticks(left[0], left[1], right[0], right[1], Math.min(upL, upR), Math.min(downL, downR)));
    }

    /** Median extent (up + down) over interior columns: what a column without a tick shows (anti-aliased rows). */
    private static int interiorExtent(GrayPlane g, UniformRect r, float tol, int maxExtent) {
        int len = r.length();
        int samples = Math.min(15, Math.max(3, len / 4));
        int[] ext = new int[samples];
        for (int i = 0; i < samples; i++) {
            int x = r.x0() + len / 4 + (int) ((long) i * (len / 2) / samples);
            ext[i] = columnExtent(g, r, x, tol, maxExtent);
        }
        Arrays.sort(ext);
        return ext[samples / 2];
    }

    /**
     * The run of tick columns starting at most 2 px in from the bar's end {@code edge}, walking in
     * {@code dir}; null when there is none or it does not end within {@code searchWidth}.
     */
    private static int[] tickColumns(GrayPlane g, UniformRect r, float tol, int maxExtent, int threshold,
                                     int edge, int dir, int searchWidth) {
        int first = Integer.MIN_VALUE;
        for (int k = 0; k <= 2; k++) {
            if (columnExtent(g, r, edge + dir * k, tol, maxExtent) >= threshold) {
                first = edge + dir * k;
                break;
            }
        }
        if (first == Integer.MIN_VALUE) {
            return null;
        }
        int last = first;
        while (Math.abs(last + dir - edge) <= searchWidth
                && columnExtent(g, r, last + dir, tol, maxExtent) >= threshold) {
            last += dir;
        }
        if (Math.abs(last + dir - edge) > searchWidth) {
            return null; // no interior column after it: a thick block, not a tick
        }
        return dir > 0 ? new int[]{first, last} : new int[]{last, first};
    }

    private static int columnExtent(GrayPlane g, UniformRect r, int x, float tol, int maxExtent) {
        if (x < 0 || x >= g.width()) {
            return 0;
        }
        return extent(g, x, r.y0() - 1, -1, r.value(), tol, maxExtent)
                + extent(g, x, r.y1() + 1, +1, r.value(), tol, maxExtent);
    }

    /** Rows from {@code y} walking in {@code dir} that keep the bar's value at column {@code x}. */
    static int extent(GrayPlane g, int x, int y, int dir, float value, float tol, int maxExtent) {
        int n = 0;
        while (n < maxExtent && y >= 0 && y < g.height() && Math.abs(g.at(x, y) - value) <= tol) {
            n++;
            y += dir;
        }
        return n;
    }
}
