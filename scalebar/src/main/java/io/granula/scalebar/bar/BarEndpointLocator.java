package io.granula.scalebar.bar;

import java.util.Arrays;

/**
 * Sub-pixel bar ends.
 *
 * <p>Outer end edges come from the row profile averaged over the bar's rows by the area (coverage)
 * method: with background B and bar level F, each pixel's coverage is c = (P - B) / (F - B) and an
 * edge between a background pixel a and a bar pixel b lies at a + sum over [a, b] of (1 - c). This
 * is exact for an area-sampled (anti-aliased) edge and for any symmetric blur, where the
 * half-maximum crossing with linear interpolation between pixel centres is off by up to 0.09 px.
 *
 * <p>Tick centres are the intensity-weighted centroid of the tick's column profile, averaged over the
 * rows where only the ticks are present (same argument: exact for area sampling).
 */
public final class BarEndpointLocator {

    public MeasuredBar measure(GrayPlane g, BarCandidate c) {
        UniformRect r = c.rect();
        float bar = r.value();
        double outerLeft = outerEdge(g, r, bar, r.x0(), -1);
        double outerRight = outerEdge(g, r, bar, r.x1(), +1);
        if (c.ticks().isPresent()) {
            Ticks t = c.ticks().get();
            double left = tickCentre(g, r, c, t.leftStart(), t.leftEnd(), t);
            double right = tickCentre(g, r, c, t.rightStart(), t.rightEnd(), t);
            if (Double.isFinite(left) && Double.isFinite(right) && right > left) {
                return new MeasuredBar(left, right, r.y0(), r.y1() + 1, outerLeft, outerRight, true, c);
            }
        }
        return new MeasuredBar(outerLeft, outerRight, r.y0(), r.y1() + 1, outerLeft, outerRight, false, c);
    }

    /**
     * Outer edge at the bar end {@code end} (first or last column within tolerance of the bar),
     * {@code dir} = -1 for the left end, +1 for the right.
     */
    static double outerEdge(GrayPlane g, UniformRect r, float bar, int end, int dir) {
        double[] profile = new double[10];
        // profile[k] is column end + dir*(k - 3): k = 2 is the last column surely inside the bar,
        // k = 2..6 the window holding the edge, k = 7..9 the background beyond it
        for (int k = 2; k < profile.length; k++) {
            int x = clampX(g, end + dir * (k - 3));
            double s = 0;
            for (int y = r.y0(); y <= r.y1(); y++) {
                s += g.at(x, y);
            }
            profile[k] = s / r.thickness();
        }
        double background = median3(profile[7], profile[8], profile[9]);
        double span = bar - background;
        if (Math.abs(span) < 1e-6) {
            return dir < 0 ? r.x0() : r.x1() + 1;
        }
        // Pixels of the bar inside the 5-px window, counted from pixel k = 2's inner side.
        double covered = 0;
        for (int k = 2; k <= 6; k++) {
            covered += (profile[k] - background) / span;
        }
        if (dir < 0) {
            // pixel k=2 is column end+1, its right side at end+2; the bar reaches leftwards from there
            return end + 2 - covered;
        }
        // pixel k=2 is column end-1, its left side at end-1
        return end - 1 + covered;
    }

    private double tickCentre(GrayPlane g, UniformRect r, BarCandidate c, int start, int end, Ticks t) {
        boolean up = t.up() >= t.down();
        int reach = up ? t.up() : t.down();
        float bar = r.value();
        float bg = c.background();
        int w = end - start + 1;
        int from = start - 3;
        int to = end + 3;
        double sumW = 0;
        double sumWX = 0;
        int rows = 0;
        for (int k = 1; k <= reach; k++) {
            int y = up ? r.y0() - k : r.y1() + k;
            if (y < 0 || y >= g.height() || !tickOnlyRow(g, y, start, end, bar, bg)) {
                continue;
            }
            double rowBg = (value(g, from, y) + value(g, from + 1, y) + value(g, to, y) + value(g, to - 1, y)) / 4;
            double span = bar - rowBg;
            if (Math.abs(span) < 0.5 * Math.abs(bar - bg)) {
                continue;
            }
            for (int x = from; x <= to; x++) {
                double cov = (value(g, x, y) - rowBg) / span;
                sumW += cov;
                sumWX += cov * (x + 0.5);
            }
            rows++;
        }
        if (rows == 0 || sumW <= 0.5 * rows * Math.max(1, w - 1)) {
            return Double.NaN;
        }
        return sumWX / sumW;
    }

    /** A row where the tick core has the bar's colour and the columns beside it do not (no edge row, no text). */
    private static boolean tickOnlyRow(GrayPlane g, int y, int start, int end, float bar, float bg) {
        double span = Math.abs(bar - bg);
        int core = (start + end) / 2;
        if (Math.abs(value(g, core, y) - bar) > 0.5 * span) {
            return false;
        }
        // strict: a faint anti-aliased edge row beside the tick would pull the centroid inwards
        for (int x : new int[]{start - 3, start - 2, end + 2, end + 3}) {
            if (Math.abs(value(g, x, y) - bg) > 0.2 * span) {
                return false;
            }
        }
        return true;
    }

    private static float value(GrayPlane g, int x, int y) {
        return g.at(clampX(g, x), y);
    }

    private static int clampX(GrayPlane g, int x) {
        return Math.max(0, Math.min(g.width() - 1, x));
    }

    private static double median3(double a, double b, double c) {
        double[] v = {a, b, c};
        Arrays.sort(v);
        return v[1];
    }
}
