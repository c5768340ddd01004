package io.granula.scalebar.bar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds rulers made of ticks only (Hitachi style: 6-11 thin vertical strokes at even spacing, no
 * baseline), which the uniform-rectangle scan cannot see. Each row is scanned for thin peaks (a
 * column standing out from both columns two away by {@link #MIN_CONTRAST} of the range, one or two
 * pixels wide); evenly spaced peaks form a row chain; chains with the same ends in
 * {@link #MIN_ROWS} consecutive rows or more are a ruler. Its calibrated ends are the centres of its
 * first and last tick (design.md, "Scale-bar length"), each the contrast-weighted centroid of the
 * tick's columns over the ruler's rows.
 *
 * <p>One comparison pass over the pixels per polarity: a few ms on a 2048 x 2048 image.
 */
public final class TickRulerFinder {
    static final double MIN_CONTRAST = 0.3;
    /** Ticks of a ruler: Hitachi draws 11 (ten divisions), some instruments 6. */
    static final int MIN_TICKS = 6;
    static final int MIN_ROWS = 3;
    static final int MIN_SPACING = 3;
    static final int MAX_SPACING = 16;

    /** A ruler: the candidate the label search uses, and its calibrated ends in pixel-edge coordinates. */
    public record Ruler(BarCandidate candidate, double x0, double x1) {
        public MeasuredBar measure() {
            UniformRect r = candidate.rect();
            return new MeasuredBar(x0, x1, r.y0(), r.y1() + 1, r.x0(), r.x1() + 1.0, true, candidate);
        }
    }

    private record Chain(int first, int last, int count, int[] ticks) {
    }

    public List<Ruler> find(GrayPlane g) {
        List<Ruler> out = new ArrayList<>();
        for (int sign : new int[]{+1, -1}) {
            find(g, sign, out);
        }
        return out;
    }

    private void find(GrayPlane g, int sign, List<Ruler> out) {
        float minDiff = (float) (MIN_CONTRAST * g.range());
        List<Track> open = new ArrayList<>();
        for (int y = 0; y <= g.height(); y++) {
            List<Chain> row = y < g.height() ? chains(g, y, sign, minDiff) : List.of();
            List<Track> next = new ArrayList<>();
            boolean[] continued = new boolean[open.size()];
            for (Chain c : row) {
                Track t = null;
                for (int i = 0; i < open.size(); i++) {
                    if (!continued[i] && open.get(i).continuedBy(c)) {
                        continued[i] = true;
                        t = open.get(i).with(c);
                        break;
                    }
                }
                next.add(t != null ? t : Track.of(c, y));
            }
            for (int i = 0; i < open.size(); i++) {
                Track t = open.get(i);
                int last = y - 1;
                if (!continued[i] && y - t.startRow() >= MIN_ROWS) {
                    t.ruler().ifPresent(c -> ruler(g, c, t.startRow(), last, sign).ifPresent(out::add));
                }
            }
            open = next;
        }
    }

    /**
     * A ruler followed down its rows: every tick any of its rows showed, each with the number of rows
     * it showed in. A row's chain need not hold all the ruler's ticks, nor only them: where the ruler
     * is blurred (downscaled, JPEG) its first or last ticks fade in some rows, and in a row through a
     * label written against it the letters' stems go on at about its pitch ("|||||||||||500nm" at a
     * 5 px pitch, in the serifs' row). The ruler is the ticks seen in {@link #MIN_ROWS} rows or more.
     */
    private record Track(int[] ticks, int[] rows, int startRow) {
        static Track of(Chain c, int y) {
            int[] rows = new int[c.count];
            Arrays.fill(rows, 1);
            return new Track(c.ticks.clone(), rows, y);
        }

        /** The same ruler: a ruler's worth of ticks ({@link #MIN_TICKS}) in common, each to a pixel. */
        boolean continuedBy(Chain c) {
            return shared(c) >= MIN_TICKS;
        }

        private int shared(Chain c) {
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < ticks.length && j < c.count) {
                if (Math.abs(ticks[i] - c.ticks[j]) <= 1) {
                    n++;
                    i++;
                    j++;
                } else if (ticks[i] < c.ticks[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return n;
        }

        /** The track with this row's chain: its ticks counted one row more, new ones added. */
        Track with(Chain c) {
            int[] t = new int[ticks.length + c.count];
            int[] r = new int[t.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < ticks.length || j < c.count) {
                if (i < ticks.length && j < c.count && Math.abs(ticks[i] - c.ticks[j]) <= 1) {
                    t[n] = ticks[i];
                    r[n++] = rows[i++] + 1;
                    j++;
                } else if (j >= c.count || (i < ticks.length && ticks[i] < c.ticks[j])) {
                    t[n] = ticks[i];
                    r[n++] = rows[i++];
                } else {
                    t[n] = c.ticks[j++];
                    r[n++] = 1;
                }
            }
            return new Track(Arrays.copyOf(t, n), Arrays.copyOf(r, n), startRow);
        }

        /** The longest evenly spaced run of the ticks seen in enough rows, when it has enough ticks. */
        Optional<Chain> ruler() {
            int[] kept = new int[ticks.length];
            int n = 0;
            for (int i = 0; i < ticks.length; i++) {
                if (rows[i] >= MIN_ROWS) {
                    kept[n++] = ticks[i];
                }
            }
            Chain best = null;
            int i = 0;
            while (i < n - 1) {
                int spacing = kept[i + 1] - kept[i];
                int j = i + 1;
                while (j + 1 < n && Math.abs(kept[j + 1] - kept[j] - spacing) <= 1) {
                    j++;
                }
                int count = j - i + 1;
                if (count >= MIN_TICKS && spacing >= MIN_SPACING && spacing <= MAX_SPACING
                        && (best == null || count > best.count)) {
                    int[] run = Arrays.copyOfRange(kept, i, j + 1);
                    best = new Chain(run[0], run[count - 1], count, run);
                }
                i = j;
            }
            return Optional.ofNullable(best);
        }
    }

    /** Evenly spaced thin peaks of one row. */
    private static List<Chain> chains(GrayPlane g, int y, int sign, float minDiff) {
        int w = g.width();
        int off = y * w;
        float[] p = g.pixels();
        int[] peaks = new int[w / 2 + 1]; // peaks are 2 columns apart at least
        int count = 0;
        int x = 2;
        while (x < w - 2) {
            float v = sign * p[off + x];
            if (v - sign * p[off + x - 2] > minDiff && v - sign * p[off + x + 2] > minDiff) {
                // a two-column tick peaks in both its columns: one tick, at the stronger
                int best = x;
                if (x + 1 < w - 2 && sign * p[off + x + 1] > v) {
                    best = x + 1;
                }
                peaks[count++] = best;
                x += 2;
            } else {
                x++;
            }
        }
        List<Chain> out = new ArrayList<>();
        int i = 0;
        while (i < count - 1) {
            int j = i + 1;
            int spacing = peaks[j] - peaks[i];
            if (spacing < MIN_SPACING || spacing > MAX_SPACING) {
                i++;
                continue;
            }
            while (j + 1 < count && Math.abs(peaks[j + 1] - peaks[j] - spacing) <= 1) {
                j++;
            }
            int n = j - i + 1;
            if (n >= MIN_TICKS) {
                int[] ticks = Arrays.copyOfRange(peaks, i, i + n);
                out.add(new Chain(ticks[0], ticks[n - 1], n, ticks));
            }
            i = j;
        }
        return out;
    }

    private static Optional<Ruler> ruler(GrayPlane g, Chain found, int y0, int y1, int sign) {
        double[] levels = levels(g, found, y0, y1);
        Optional<Chain> trimmed = withoutGlyphStems(g, found, y0, y1, sign, levels);
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        Chain c = trimmed.get();
        levels = c == found ? levels : levels(g, c, y0, y1);
        c = withFaintEndTicks(g, c, y0, y1, sign, levels);
        double bg = levels[0];
        double tick = levels[1];
        double contrast = Math.abs(tick - bg) / g.range();
        double left = centroid(g, c.first, y0, y1, bg, sign);
        double right = centroid(g, c.last, y0, y1, bg, sign);
        if (!(right > left) || c.last - c.first + 1 < BarDetector.MIN_LENGTH
                || !openBeyond(g, c, y0, y1, bg, tick)) {
            return Optional.empty();
        }
        UniformRect rect = new UniformRect(c.first - 1, c.last + 1, y0, y1, (float) tick);
        BarCandidate candidate = new BarCandidate(rect, (float) bg, contrast, 1.0, Optional.empty(),
                0.9 * Math.min(1, contrast));
        return Optional.of(new Ruler(candidate, left, right));
    }

    /**
     * The chain less the end ticks that are stems of the label's letters ({@link GlyphStem}): a
     * label written right against the ruler lends it one more "tick" a pitch away, and the ruler
     * then reads one division too long and cuts into its own label. Empty when too few ticks stay.
     */
    private static Optional<Chain> withoutGlyphStems(GrayPlane g, Chain c, int y0, int y1, int sign, double[] levels) {
        double ink = (levels[0] + levels[1]) / 2;
        int pitch = Math.max(1, Math.round((c.last - c.first) / (float) (c.count - 1)));
        int from = 0;
        int to = c.ticks.length - 1;
        while (to - from + 1 >= MIN_TICKS && GlyphStem.joinsOtherInk(g, c.ticks[from], y0, y1, pitch, ink, sign)) {
            from++;
        }
        while (to - from + 1 >= MIN_TICKS && GlyphStem.joinsOtherInk(g, c.ticks[to], y0, y1, pitch, ink, sign)) {
            to--;
        }
        int n = to - from + 1;
        if (n < MIN_TICKS) {
            return Optional.empty();
        }
        if (n == c.count) {
            return Optional.of(c);
        }
        int[] ticks = Arrays.copyOfRange(c.ticks, from, to + 1);
        return Optional.of(new Chain(ticks[0], ticks[n - 1], n, ticks));
    }

    /** Share of a tick's contrast a faint end tick has, summed over the two columns it is blurred over. */
    static final double FAINT_TICK = 0.5;

    /**
     * The chain with the end ticks the row scan missed: a ruler downscaled to a fractional pitch
     * spreads a tick over two columns at half contrast each, below the scan's threshold (held-out
     * rulers of seed 211 lost their first one or two ticks and read a division or two short, trusted).
     * A tick one pitch beyond an end (to a pixel) is taken when, in every row of the ruler, its two
     * columns together contrast by {@link #FAINT_TICK} of a tick, the columns beside them are
     * background, and it is not a letter's stem ({@link GlyphStem}).
     */
    private static Chain withFaintEndTicks(GrayPlane g, Chain c, int y0, int y1, int sign, double[] levels) {
        double pitch = (c.last - c.first) / (double) (c.count - 1);
        double span = sign * (levels[1] - levels[0]);
        double ink = (levels[0] + levels[1]) / 2;
        List<Integer> ticks = new ArrayList<>();
        for (int t : c.ticks) {
            ticks.add(t);
        }
        for (int dir : new int[]{-1, +1}) {
            while (true) {
                int end = dir < 0 ? ticks.get(0) : ticks.get(ticks.size() - 1);
                int found = faintTick(g, (int) Math.round(end + dir * pitch), y0, y1, sign, levels[0], span);
                if (found < 0 || Math.abs(found - end) < MIN_SPACING
                        || GlyphStem.joinsOtherInk(g, found, y0, y1, (int) Math.round(pitch), ink, sign)) {
                    break;
                }
                ticks.add(dir < 0 ? 0 : ticks.size(), found);
            }
        }
        if (ticks.size() == c.count) {
            return c;
        }
        int[] t = ticks.stream().mapToInt(Integer::intValue).toArray();
        return new Chain(t[0], t[t.length - 1], t.length, t);
    }

    /** The column of a faint tick near {@code x} (see {@link #withFaintEndTicks}), or -1. */
    private static int faintTick(GrayPlane g, int x, int y0, int y1, int sign, double bg, double span) {
        int best = -1;
        double bestPair = 0;
        for (int c = x - 1; c <= x; c++) {
            if (c - 2 < 0 || c + 3 >= g.width()) {
                continue;
            }
            double weakest = Double.POSITIVE_INFINITY;
            boolean clear = true;
            for (int y = y0; y <= y1 && clear; y++) {
                double pair = sign * (g.at(c, y) - bg) + sign * (g.at(c + 1, y) - bg);
                weakest = Math.min(weakest, pair);
                clear = Math.abs(g.at(c - 1, y) - bg) < 0.25 * span && Math.abs(g.at(c + 2, y) - bg) < 0.25 * span;
            }
            if (clear && weakest >= FAINT_TICK * span && weakest > bestPair) {
                bestPair = weakest;
                best = sign * (g.at(c, (y0 + y1) / 2) - bg) >= sign * (g.at(c + 1, (y0 + y1) / 2) - bg) ? c : c + 1;
            }
        }
        return best;
    }

    /** {background, tick level}: the mean of the columns half-way between ticks, and of the peak columns. */
    private static double[] levels(GrayPlane g, Chain c, int y0, int y1) {
        double bg = 0;
        double tick = 0;
        int nb = 0;
        for (int y = y0; y <= y1; y++) {
            for (int k = 0; k + 1 < c.ticks.length; k++) {
                bg += g.at((c.ticks[k] + c.ticks[k + 1]) / 2, y);
                nb++;
            }
            for (int t : c.ticks) {
                tick += g.at(t, y);
            }
        }
        bg /= nb;
        tick /= (double) c.ticks.length * (y1 - y0 + 1);
        return new double[]{bg, tick};
    }

    /** The gaps stay open for half the ruler's height (at least 3 rows) above and below it. */
    private static boolean openBeyond(GrayPlane g, Chain c, int y0, int y1, double bg, double tick) {
        int reach = Math.max(3, (y1 - y0 + 1) / 2);
        for (int d = 1; d <= reach; d++) {
            if (!openEnded(g, c, y0 - d, bg, tick) || !openEnded(g, c, y1 + d, bg, tick)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a row beyond the ruler's rows is background half-way between its ticks: ruler
     * ticks are free strokes, while the stems of letters (m, n, u) are joined by arches there, and
     * the gaps between dark ticks (light "ticks" of the other polarity) are closed by the ground.
     */
    private static boolean openEnded(GrayPlane g, Chain c, int y, double bg, double tick) {
        if (y < 0 || y >= g.height()) {
            return true;
        }
        int open = 0;
        for (int k = 0; k + 1 < c.ticks.length; k++) {
            double v = g.at((c.ticks[k] + c.ticks[k + 1]) / 2, y);
            if (Math.abs(v - bg) < 0.5 * Math.abs(tick - bg)) {
                open++;
            }
        }
        return open >= 0.8 * (c.ticks.length - 1);
    }

    /** Contrast-weighted mean column (pixel centres at x + 0.5) of a tick over rows y0..y1. */
    private static double centroid(GrayPlane g, int x, int y0, int y1, double bg, int sign) {
        double sw = 0;
        double sx = 0;
        for (int y = y0; y <= y1; y++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx < 0 || xx >= g.width()) {
                    continue;
                }
                double wgt = Math.max(0, sign * (g.at(xx, y) - bg));
                sw += wgt;
                sx += wgt * (xx + 0.5);
            }
        }
        return sw == 0 ? x + 0.5 : sx / sw;
    }
}
