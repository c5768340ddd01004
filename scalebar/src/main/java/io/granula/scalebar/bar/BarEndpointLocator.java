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
 * <p>A tick's centre is the bar's outer edge plus half the tick's width, the width being the tick's
 * summed coverage in the rows where only the tick is present (exact for area sampling and any
 * symmetric blur). A tick set in from the bar's end falls back to the coverage centroid.
 *
 * <p>A label can end a pixel or two before the bar (Hitachi writes it on the ruler's line): the
 * pixels beyond an end are background only where they do not look like ink against the bar's
 * surroundings, and coverage is summed outwards only until it rises again, at the next object.
 */
public final class BarEndpointLocator {

    public MeasuredBar measure(GrayPlane g, BarCandidate c) {
        UniformRect r = fullyCoveredRows(g, c);
        float bar = r.value();
        float surroundings = c.background();
        double outerLeft = outerEdge(g, r, bar, surroundings, r.x0(), -1);
        double outerRight = outerEdge(g, r, bar, surroundings, r.x1(), +1);
        if (c.ticks().isPresent()) {
            Ticks t = c.ticks().get();
            double left = tickCentre(g, c.rect(), bar, surroundings, t.leftStart(), t.leftEnd(), t, outerLeft, +1);
            double right = tickCentre(g, c.rect(), bar, surroundings, t.rightStart(), t.rightEnd(), t, outerRight, -1);
            if (Double.isFinite(left) && Double.isFinite(right) && right > left) {
                return new MeasuredBar(left, right, c.rect().y0(), c.rect().y1() + 1, outerLeft, outerRight, true, c);
            }
        }
        return new MeasuredBar(outerLeft, outerRight, c.rect().y0(), c.rect().y1() + 1, outerLeft, outerRight, false, c);
    }

    /**
     * The rows the bar covers fully, and their level. The candidate's rows include anti-aliased or
     * blurred edge rows at part level; measuring ends against their mean would count a tick (full
     * level in every row) as more than one pixel per column.
     */
    static UniformRect fullyCoveredRows(GrayPlane g, BarCandidate c) {
        UniformRect r = c.rect();
        float bg = c.background();
        int sign = c.polarity();
        double[] level = new double[r.thickness()];
        double best = Double.NEGATIVE_INFINITY;
        int margin = Math.max(2, r.length() / 10);
        for (int y = r.y0(); y <= r.y1(); y++) {
            double s = 0;
            int n = 0;
            for (int x = r.x0() + margin; x <= r.x1() - margin; x++) {
                s += g.at(x, y);
                n++;
            }
            level[y - r.y0()] = n == 0 ? g.at((r.x0() + r.x1()) / 2, y) : s / n;
            best = Math.max(best, sign * level[y - r.y0()]);
        }
        double full = sign * best;
        double tolerance = 0.1 * Math.abs(full - bg);
        int y0 = -1;
        int y1 = -1;
        double sum = 0;
        int rows = 0;
        for (int y = r.y0(); y <= r.y1(); y++) {
            if (Math.abs(level[y - r.y0()] - full) <= tolerance) {
                y0 = y0 < 0 ? y : y0;
                y1 = y;
                sum += level[y - r.y0()];
                rows++;
            }
        }
        return new UniformRect(r.x0(), r.x1(), y0, y1, (float) (sum / rows));
    }

    /**
     * Outer edge at the bar end {@code end} (first or last column within tolerance of the bar),
     * {@code dir} = -1 for the left end, +1 for the right; {@code surroundings} is the level around
     * the whole bar, against which ink beyond the end (a label's last letter) is told from background.
     */
    static double outerEdge(GrayPlane g, UniformRect r, float bar, float surroundings, int end, int dir) {
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
        double background = background(bar, surroundings, profile[7], profile[8], profile[9]);
        double span = bar - background;
        if (Math.abs(span) < 1e-6) {
            return dir < 0 ? r.x0() : r.x1() + 1;
        }
        // Pixels of the bar inside the 5-px window, counted from pixel k = 2's inner side.
        double[] coverage = new double[5];
        for (int k = 2; k <= 6; k++) {
            coverage[k - 2] = (profile[k] - background) / span;
        }
        return edgeFrom(end, dir, covered(coverage));
    }

    /**
     * The bar's pixels in the window, read outwards from inside the bar: the coverages up to the first
     * pixel below half (the one the edge falls in) and the pixel after it (a blurred edge's tail),
     * each a fraction of a pixel, from 0 to 1. Past that, a pixel is background, and what its level
     * says is texture or noise: the specimen beside a bar drawn on it (a particle's bright halo two
     * pixels past a dark bar's end) moved the edge by a pixel and more when every pixel of the window
     * counted, negative coverages and all. Clamping noise biases each pixel by 0.4 of the noise's
     * sigma, upwards outside the bar and downwards inside it: on a sharp edge the two pixels kept on
     * either side cancel.
     */
    static double covered(double[] coverage) {
        int own = untilNextObject(coverage);
        double covered = 0;
        for (int k = 0; k < own; k++) {
            covered += Math.max(0, Math.min(1, coverage[k]));
            if (k > 0 && coverage[k - 1] < INK) {
                break;
            }
        }
        return covered;
    }

    private static double edgeFrom(int end, int dir, double covered) {
        if (dir < 0) {
            // pixel k=2 is column end+1, its right side at end+2; the bar reaches leftwards from there
            return end + 2 - covered;
        }
        // pixel k=2 is column end-1, its left side at end-1
        return end - 1 + covered;
    }

    /**
     * Centroid of the tick's columns over the rows where only the tick is present: from 2 rows off
     * the bar (the bar's own anti-aliased or blurred edge row is left out) to 1 row short of the tick's
     * end. Each row's background is the mean of the pixels 2 and 3 columns beside the tick, so a
     * textured background (a bar drawn on the specimen) is followed row by row.
     */
    private double tickCentre(GrayPlane g, UniformRect r, float bar, float surroundings, int start, int end, Ticks t,
                              double outerEdge, int inwards) {
        boolean up = t.up() >= t.down();
        int reach = up ? t.up() : t.down();
        int from = start - 2;
        int to = end + 2;
        double sumW = 0;
        double sumWX = 0;
        double peak = 0;
        int rows = 0;
        for (int k = 2; k <= Math.max(2, reach - 1); k++) {
            int y = up ? r.y0() - k : r.y1() + k;
            if (y < 0 || y >= g.height()) {
                continue;
            }
            double rowBg = background(bar, surroundings,
                    value(g, start - 3, y), value(g, start - 2, y), value(g, end + 2, y), value(g, end + 3, y));
            double span = bar - rowBg;
            double rowPeak = Math.abs(span) < 1e-6 ? 0 : peakCoverage(g, y, start, end, rowBg, span);
            if (rowPeak < TickFinder.TICK_LEVEL) {
                continue;
            }
            peak = Math.max(peak, rowPeak);
            double[] cov = new double[to - from + 1];
            int top = start - from;
            for (int x = from; x <= to; x++) {
                cov[x - from] = (value(g, x, y) - rowBg) / span;
                top = x >= start && x <= end && cov[x - from] > cov[top] ? x - from : top;
            }
            // from the tick's strongest column outwards, up to the next object on either side
            double[] leftwards = new double[top + 1];
            for (int i = 0; i <= top; i++) {
                leftwards[i] = cov[top - i];
            }
            int first = top - untilNextObject(leftwards) + 1;
            int last = top + untilNextObject(Arrays.copyOfRange(cov, top, cov.length)) - 1;
            for (int i = first; i <= last; i++) {
                sumW += cov[i];
                sumWX += cov[i] * (from + i + 0.5);
            }
            rows++;
        }
        if (rows == 0 || sumW <= 0.5 * rows) {
            return Double.NaN;
        }
        double centroid = sumWX / sumW;
        // A tick flush with the bar's end: its centre is the bar's outer edge plus half its width
        // (the summed coverage per row, exact under area sampling and symmetric blur). The
        // pixel-centre centroid is off by up to 0.1 px when the tick's edges fall inside pixels.
        // That needs the bar's level to be the ink's: a thin blurred bar never reaches it, and then
        // its ticks (darker or lighter than the bar) show it.
        double flush = outerEdge + inwards * (sumW / rows) / 2;
        return peak <= 1.1 && Math.abs(flush - centroid) < 0.5 ? flush : centroid;
    }

    /** Largest coverage across the tick's columns in row y: the tick is really there. */
    private static double peakCoverage(GrayPlane g, int y, int start, int end, double rowBg, double span) {
        double best = Double.NEGATIVE_INFINITY;
        for (int x = start; x <= end; x++) {
            best = Math.max(best, (value(g, x, y) - rowBg) / span);
        }
        return best;
    }

    private static float value(GrayPlane g, int x, int y) {
        return g.at(clampX(g, x), y);
    }

    private static int clampX(GrayPlane g, int x) {
        return Math.max(0, Math.min(g.width() - 1, x));
    }

    /** Coverage at which a pixel beyond an end is counted as another object's ink, not background. */
    private static final double INK = 0.5;
    /** A rise in coverage this large after falling off the bar's edge is the next object. */
    private static final double RISE = 0.3;

    /**
     * The background level from samples beside an end: their median, leaving out samples that are
     * ink against the bar's surroundings (a letter's stem); the surroundings when all are ink.
     */
    private static double background(float bar, float surroundings, double... samples) {
        double span = bar - surroundings;
        double[] kept = Arrays.stream(samples)
                .filter(v -> Math.abs(span) < 1e-6 || (v - surroundings) / span < INK)
                .sorted().toArray();
        if (kept.length == 0) {
            return surroundings;
        }
        return kept.length % 2 == 1 ? kept[kept.length / 2] : (kept[kept.length / 2 - 1] + kept[kept.length / 2]) / 2;
    }

    /**
     * How many of the coverages, read outwards from the bar, belong to it: all of them, unless the
     * coverage falls below {@link #INK} and then rises by {@link #RISE} or more (a nearby letter),
     * where the count stops. Noise and a symmetric blur only ever fall off outwards.
     */
    static int untilNextObject(double[] outwards) {
        double low = Double.POSITIVE_INFINITY;
        for (int i = 0; i < outwards.length; i++) {
            if (low < INK && outwards[i] > low + RISE) {
                return i;
            }
            low = Math.min(low, outwards[i]);
        }
        return outwards.length;
    }
}
