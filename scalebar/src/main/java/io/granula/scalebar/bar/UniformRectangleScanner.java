package io.granula.scalebar.bar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds rectangles of uniform intensity by scanning every row once for long runs of near-constant
 * value (within {@code tolerance} of the run's running mean) and stacking runs of consecutive rows
 * that start and end at the same columns (within one pixel) with the same value.
 *
 * <p>Runs are grown greedily, so a bar beside a region of nearly its level (a dark bar next to dark
 * specimen, within the tolerance of a low-contrast image) can be swallowed by a run coming from
 * that side; the rows are therefore scanned both left to right and right to left, and the
 * rectangles of the second pass kept where the first found none like them.
 *
 * <p>Two passes over the pixels, side by side, and a few comparisons each.
 */
public final class UniformRectangleScanner {
    private final int minLength;
    private final float toleranceFraction;

    /**
     * @param minLength         shortest run kept, in pixels
     * @param toleranceFraction largest deviation from a run's mean, as a fraction of the image's range
     */
    public UniformRectangleScanner(int minLength, float toleranceFraction) {
        if (minLength < 4) {
            // runs of 4 px or more keep a row's rectangles in order of their start (see attach)
            throw new IllegalArgumentException("shortest run must be 4 px or more, got " + minLength);
        }
        this.minLength = minLength;
        this.toleranceFraction = toleranceFraction;
    }

    public List<UniformRect> scan(GrayPlane g) {
        // the two directions share nothing but the pixels: side by side
        java.util.concurrent.CompletableFuture<List<UniformRect>> backwards =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> scan(g, true));
        List<UniformRect> both = scan(g, false);
        Map<Long, List<UniformRect>> byRows = new HashMap<>();
        for (UniformRect r : both) {
            byRows.computeIfAbsent(rows(r), k -> new ArrayList<>()).add(r);
        }
        // The second pass adds only what the first did not find (to a pixel), and only rectangles of
        // two rows or more: texture's one-row runs, ending a little differently from either side,
        // would double the candidates to test.
        for (UniformRect r : backwards.join()) {
            boolean seen = byRows.getOrDefault(rows(r), List.of()).stream()
                    .anyMatch(o -> Math.abs(o.x0() - r.x0()) <= 1 && Math.abs(o.x1() - r.x1()) <= 1);
            if (!seen && r.thickness() >= 2) {
                both.add(r);
            }
        }
        return both;
    }

    /** The rows y0..y1 as one key; (y0 << 32 | y1) would hash every one-row rectangle to the same bucket. */
    private static long rows(UniformRect r) {
        return (long) r.y0() * 1_000_003L + r.y1();
    }

    private List<UniformRect> scan(GrayPlane g, boolean rightToLeft) {
        float tol = toleranceFraction * g.range();
        List<UniformRect> closed = new ArrayList<>();
        List<Growing> open = new ArrayList<>();
        List<Growing> next = new ArrayList<>();
        float[] p = g.pixels();
        int w = g.width();
        for (int y = 0; y < g.height(); y++) {
            int off = y * w;
            int step = rightToLeft ? -1 : 1;
            int x = rightToLeft ? w - 1 : 0;
            while (x >= 0 && x < w) {
                int start = x;
                double sum = p[off + x];
                int n = 1;
                x += step;
                // |v - sum/n| <= tol, written without a division per pixel
                while (x >= 0 && x < w && Math.abs(p[off + x] * n - sum) <= tol * n) {
                    sum += p[off + x];
                    n++;
                    x += step;
                }
                if (n >= minLength) {
                    int last = x - step;
                    next.add(attach(open, Math.min(start, last), Math.max(start, last), (float) (sum / n), y, tol, rightToLeft));
                }
            }
            for (Growing o : open) {
                if (!o.extended) {
                    closed.add(o.toRect());
                }
            }
            open.clear();
            for (Growing o : next) {
                o.extended = false;
                open.add(o);
            }
            next.clear();
        }
        for (Growing o : open) {
            closed.add(o.toRect());
        }
        return closed;
    }

    /**
     * Extends the first open rectangle (in the previous row's order) that the run continues, or starts
     * one. The previous row's rectangles are in scan order, their first runs at least
     * {@code minLength - 2} px apart, so only the few whose start is within a pixel of the run's need
     * looking at: found by bisection instead of a walk along the row (on a textured 2048 px image,
     * a hundred runs a row, the walk was most of the scan).
     */
    private static Growing attach(List<Growing> open, int x0, int x1, float mean, int y, float tol, boolean rightToLeft) {
        int lo = 0;
        int hi = open.size();
        while (lo < hi) { // first index whose start is not before x0 - 1 (left to right) or after x0 + 1
            int mid = (lo + hi) >>> 1;
            int start = open.get(mid).x0;
            if (rightToLeft ? start > x0 + 1 : start < x0 - 1) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < open.size() && Math.abs(open.get(i).x0 - x0) <= 1; i++) {
            Growing o = open.get(i);
            if (!o.extended && Math.abs(o.x1 - x1) <= 1 && Math.abs(o.mean() - mean) <= tol) {
                o.add(x0, x1, mean, y);
                o.extended = true;
                return o;
            }
        }
        Growing g = new Growing(x0, x1, mean, y);
        g.extended = true;
        return g;
    }

    /** A rectangle still growing downwards; matched against the extents of its first run so it cannot drift. */
    private static final class Growing {
        final int x0;
        final int x1;
        int minX0;
        int maxX1;
        final int y0;
        int y1;
        double sum;
        int rows;
        boolean extended;

        Growing(int x0, int x1, float mean, int y) {
            this.x0 = x0;
            this.x1 = x1;
            this.minX0 = x0;
            this.maxX1 = x1;
            this.y0 = y;
            this.y1 = y;
            this.sum = mean;
            this.rows = 1;
        }

        float mean() {
            return (float) (sum / rows);
        }

        void add(int a, int b, float mean, int y) {
            minX0 = Math.min(minX0, a);
            maxX1 = Math.max(maxX1, b);
            y1 = y;
            sum += mean;
            rows++;
        }

        UniformRect toRect() {
            return new UniformRect(minX0, maxX1, y0, y1, mean());
        }
    }
}
