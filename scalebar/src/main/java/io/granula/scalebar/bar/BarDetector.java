package io.granula.scalebar.bar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds scale-bar candidates: long, thin, uniform horizontal rectangles that contrast with the
 * rows above and below them over most of their length, do not touch the left or right border
 * (info-strip frames and separators do), and optionally carry end ticks.
 *
 * <p>Light and dark bars, bars in info strips and bars drawn on the image are all the same
 * shape to this test; which candidate is the scale bar is settled by its label.
 */
public final class BarDetector {
    /** Shortest bar considered, px; a Zeiss 200 nm bar at 7.3 nm/px is 29 px. */
    public static final int MIN_LENGTH = 15;
    /** Within a run, as a fraction of the range: wide enough for noise and a blurred tick's bump. */
    private static final float RUN_TOLERANCE = 0.2f;
    private static final double MIN_CONTRAST = 0.25;
    /**
     * Contrasting columns needed on the bar's clearer side, and on its other side: a Hitachi ruler's
     * inner ticks cover a good part of the columns on the side they rise to.
     */
    private static final double MIN_SUPPORT = 0.7;
    private static final double MIN_SUPPORT_TICKED_SIDE = 0.4;
    private static final int MAX_CANDIDATES = 12;

    private final UniformRectangleScanner scanner = new UniformRectangleScanner(MIN_LENGTH, RUN_TOLERANCE);
    private final TickFinder tickFinder = new TickFinder();

    /** Candidates, best first. */
    public List<BarCandidate> detect(GrayPlane g) {
        float tol = RUN_TOLERANCE * g.range();
        // each rectangle is judged on its own: side by side, kept in the scan's order
        List<BarCandidate> found = new ArrayList<>(scanner.scan(g).parallelStream()
                .filter(r -> plausibleShape(g, r))
                .map(r -> evaluate(g, r, tol))
                .flatMap(Optional::stream)
                .toList());
        found = rankStackedStrokesDown(found);
        found.sort(Comparator.comparingDouble(BarCandidate::score).reversed());
        return suppressOverlaps(found);
    }

    /** Score factor for a stroke with a twin stacked close above or below it: an '=' sign. */
    static final double STACKED_FACTOR = 0.5;

    /**
     * An '=' in an info strip's text ("WD = 7.6 mm", "EHT = 12.00 kV") is two short strokes of the same
     * length one over the other, and the gap between them is a third stroke of the other polarity;
     * each contrasts more than a thin scale bar, and a Zeiss strip has half a dozen of them, which
     * used to take every place before the bar (held-out H_BAR_STRIP-012 of seed 58: the bar ranked
     * eighth of twelve). A scale bar stands alone: no stroke of its length lies within half its
     * length above or below it.
     */
    private static List<BarCandidate> rankStackedStrokesDown(List<BarCandidate> found) {
        List<BarCandidate> out = new ArrayList<>(found.size());
        for (BarCandidate c : found) {
            UniformRect a = c.rect();
            boolean stacked = false;
            for (BarCandidate o : found) {
                UniformRect b = o.rect();
                int gap = Math.max(b.y0() - a.y1(), a.y0() - b.y1());
                if (o != c && Math.abs(a.x0() - b.x0()) <= 2 && Math.abs(a.x1() - b.x1()) <= 2 && gap >= 0
                        && gap <= a.length() / 2) {
                    stacked = true;
                    break;
                }
            }
            out.add(stacked ? new BarCandidate(a, c.background(), c.contrast(), c.support(), c.ticks(),
                    c.score() * STACKED_FACTOR) : c);
        }
        return out;
    }

    private static boolean plausibleShape(GrayPlane g, UniformRect r) {
        int len = r.length();
        int h = r.thickness();
        return len >= MIN_LENGTH
                && h <= Math.max(1, len / 3)
                && r.x0() > 0 && r.x1() < g.width() - 1
                && len <= 0.8 * g.width();
    }

    private Optional<BarCandidate> evaluate(GrayPlane g, UniformRect seed, float tol) {
        float minDiff = (float) (MIN_CONTRAST * g.range());
        Optional<Float> seedBackground = background(g, seed, minDiff);
        if (seedBackground.isEmpty()) {
            return Optional.empty();
        }
        UniformRect r = growOverEdgeRows(g, seed, seedBackground.get());
        Optional<Sides> sides = supportedSides(g, r, minDiff);
        if (sides.isEmpty()) {
            return Optional.empty();
        }
        double support = (sides.get().above().support + sides.get().below().support) / 2;
        float background = sides.get().median();
        double contrast = Math.abs(r.value() - background) / g.range();
        if (contrast < MIN_CONTRAST || hasStem(g, r, background)) {
            return Optional.empty();
        }
        Optional<Ticks> ticks = tickFinder.find(g, r, background);
        if (ticks.isEmpty() && tickFinder.oneEndAttached(g, r, background)) {
            return Optional.empty();
        }
        // short strokes ('=' and '-' in an info strip's text) rank after real bars
        double score = Math.min(1.0, contrast) * support
                * (r.thickness() >= 2 ? 1.0 : 0.85)
                * (ticks.isPresent() ? 1.0 : 0.9)
                * Math.min(1.0, r.length() / 40.0);
        return Optional.of(new BarCandidate(r, background, contrast, support, ticks, score));
    }

    /**
     * A stroke of a letter (the top of a T, the bar of a +) has a stem of its full colour joining it away
     * from its ends: a run of columns, a tenth of its length or wider, where the colour goes on above
     * or below. A scale bar has ticks at its ends only, and a ruler's inner ticks are 1-2 px wide.
     */
    private static boolean hasStem(GrayPlane g, UniformRect r, float background) {
        // a letter's stem is of the ink's full level; a particle of some mid grey touching a bar drawn
        // on the specimen is not (TickFinder.STROKE_LEVEL, as for strokes attached at an end)
        float mid = background + TickFinder.STROKE_LEVEL * (r.value() - background);
        int sign = r.value() >= background ? 1 : -1;
        int end = Math.max(3, r.length() / 10);
        int minRun = Math.max(2, (int) Math.ceil(0.1 * r.length()));
        int run = 0;
        for (int x = r.x0() + end; x <= r.x1() - end; x++) {
            boolean up = r.y0() >= 2 && sign * (g.at(x, r.y0() - 1) - mid) > 0 && sign * (g.at(x, r.y0() - 2) - mid) > 0;
            boolean down = r.y1() + 2 < g.height() && sign * (g.at(x, r.y1() + 1) - mid) > 0 && sign * (g.at(x, r.y1() + 2) - mid) > 0;
            run = (up || down) ? run + 1 : 0;
            if (run >= minRun) {
                return true;
            }
        }
        return false;
    }

    /** The surroundings' level when both sides contrast with the bar over most of its length. */
    private static Optional<Float> background(GrayPlane g, UniformRect r, float minDiff) {
        return supportedSides(g, r, minDiff).map(Sides::median);
    }

    /**
     * Adds the rows above and below that are still more bar than background (a blurred or
     * anti-aliased bar's edge rows, which the uniform-run scan leaves out), so the bar's profile and
     * its ticks are measured from its real top and bottom. The bar level becomes the mean over them.
     */
    private static UniformRect growOverEdgeRows(GrayPlane g, UniformRect r, float background) {
        float mid = (r.value() + background) / 2;
        int sign = r.value() >= background ? 1 : -1;
        int y0 = r.y0();
        int y1 = r.y1();
        while (y0 > 0 && sign * (rowMedian(g, r, y0 - 1) - mid) > 0 && y1 - y0 < r.length() / 4) {
            y0--;
        }
        while (y1 < g.height() - 1 && sign * (rowMedian(g, r, y1 + 1) - mid) > 0 && y1 - y0 < r.length() / 4) {
            y1++;
        }
        if (y0 == r.y0() && y1 == r.y1()) {
            return r;
        }
        double sum = 0;
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = r.x0() + 1; x < r.x1(); x++) {
                sum += g.at(x, y);
                n++;
            }
        }
        return new UniformRect(r.x0(), r.x1(), y0, y1, n == 0 ? r.value() : (float) (sum / n));
    }

    private static float rowMedian(GrayPlane g, UniformRect r, int y) {
        float[] v = new float[r.length()];
        for (int x = r.x0(); x <= r.x1(); x++) {
            v[x - r.x0()] = g.at(x, y);
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static float median(float[] a, float[] b) {
        float[] all = new float[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all[all.length / 2];
    }

    private record Side(double support, float[] values) {
    }

    private record Sides(Side above, Side below) {
        float median() {
            return BarDetector.median(above.values, below.values);
        }
    }

    /**
     * Both sides of the bar when they contrast with it as a bar's do; the side below is not looked at
     * when the one above already falls short of {@link #MIN_SUPPORT_TICKED_SIDE}, which both need.
     */
    private static Optional<Sides> supportedSides(GrayPlane g, UniformRect r, float minDiff) {
        Side above = side(g, r, -1, minDiff);
        if (above.support < MIN_SUPPORT_TICKED_SIDE) {
            return Optional.empty();
        }
        Side below = side(g, r, +1, minDiff);
        return supported(above, below) ? Optional.of(new Sides(above, below)) : Optional.empty();
    }

    private static boolean supported(Side above, Side below) {
        return Math.max(above.support, below.support) >= MIN_SUPPORT
                && Math.min(above.support, below.support) >= MIN_SUPPORT_TICKED_SIDE;
    }

    /**
     * The surroundings on one side ({@code dir} -1 above, +1 below): for each interior column (ends
     * left out, where ticks are) the most contrasting of the rows 2 to 4 px from the bar, since an
     * anti-aliased or blurred bar edge spills into the first rows and a nearby label into some.
     * Returns how many columns contrast, and those values; gives up with support 0 as soon as the side
     * can no longer reach {@link #MIN_SUPPORT_TICKED_SIDE}, which no bar has (most seeds are texture).
     */
    private static Side side(GrayPlane g, UniformRect r, int dir, float minDiff) {
        int first = dir < 0 ? r.y0() - 2 : r.y1() + 2;
        if (first < 0 || first >= g.height()) {
            return new Side(0, new float[0]);
        }
        int margin = Math.max(2, r.length() / 10);
        int from = r.x0() + margin;
        int to = r.x1() - margin;
        if (to < from) {
            from = r.x0();
            to = r.x1();
        }
        float[] values = new float[to - from + 1];
        int needed = 0; // the fewest contrasting columns whose share reaches MIN_SUPPORT_TICKED_SIDE, as computed below
        while (needed / (double) values.length < MIN_SUPPORT_TICKED_SIDE) {
            needed++;
        }
        int contrasting = 0;
        for (int x = from; x <= to; x++) {
            if (contrasting + (to - x + 1) < needed) {
                return new Side(0, values);
            }
            float v = g.at(x, first);
            for (int k = 1; k <= 2; k++) {
                int y = first + dir * k;
                if (y >= 0 && y < g.height() && Math.abs(g.at(x, y) - r.value()) > Math.abs(v - r.value())) {
                    v = g.at(x, y);
                }
            }
            values[x - from] = v;
            if (Math.abs(v - r.value()) >= minDiff) {
                contrasting++;
            }
        }
        return new Side(contrasting / (double) values.length, values);
    }

    /**
     * Keeps the better of candidates whose boxes touch (a bar and its own anti-aliased edge row),
     * after dropping pieces of a longer candidate (an edge row broken by a ruler's ticks).
     */
    private static List<BarCandidate> suppressOverlaps(List<BarCandidate> sorted) {
        List<BarCandidate> whole = new ArrayList<>();
        for (BarCandidate c : sorted) {
            boolean piece = false;
            for (BarCandidate o : sorted) {
                UniformRect a = c.rect();
                UniformRect b = o.rect();
                if (o != c && sameColour(c, o) && b.length() > a.length() + 2 && b.x0() <= a.x0() + 1 && b.x1() >= a.x1() - 1
                        && a.y0() <= b.y1() + 2 && b.y0() <= a.y1() + 2) {
                    piece = true;
                    break;
                }
            }
            if (!piece) {
                whole.add(c);
            }
        }
        List<BarCandidate> kept = new ArrayList<>();
        for (BarCandidate c : whole) {
            boolean overlaps = false;
            for (BarCandidate k : kept) {
                if (sameColour(c, k) && touch(c.rect(), k.rect())) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(c);
                if (kept.size() == MAX_CANDIDATES) {
                    break;
                }
            }
        }
        return kept;
    }

    /** A dark bar inside a light box is not a duplicate of the box's edge. */
    private static boolean sameColour(BarCandidate a, BarCandidate b) {
        return a.polarity() == b.polarity();
    }

    private static boolean touch(UniformRect a, UniformRect b) {
        return a.x0() <= b.x1() + 1 && b.x0() <= a.x1() + 1 && a.y0() <= b.y1() + 2 && b.y0() <= a.y1() + 2;
    }
}
