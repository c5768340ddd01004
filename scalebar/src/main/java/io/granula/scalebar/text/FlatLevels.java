package io.granula.scalebar.text;

import io.granula.scalebar.bar.GrayPlane;
import io.granula.scalebar.bar.UniformRect;

import java.util.ArrayList;
import java.util.List;

/**
 * The grey levels that text printed in one flat colour leaves around a bar: a label's strokes put
 * hundreds of pixels at one level, a narrow peak in the histogram of the window over and under
 * the bar, while a specimen's texture spreads its pixels over a broad hump. A level is ranked by
 * how far its peak stands above the higher of the histogram's two sides a few bins away (a discrete second
 * difference, the peak-detection idea of Sezan, "A peak detection algorithm and its application
 * to histogram-based image data reduction", CVGIP 49, 1990). The bar's own level is left out (it
 * is searched separately).
 */
public final class FlatLevels {
    private static final int BINS = 256;
    /** Pixels a peak must rise above its surroundings: a few glyphs' strokes at least. */
    private static final int MIN_EXCESS = 60;

    private FlatLevels() {
    }

    /** Up to {@code max} levels, strongest first, none within {@code exclusion} of {@code barLevel}. */
    public static List<Float> around(GrayPlane g, UniformRect bar, float barLevel, float exclusion, int max) {
        int len = bar.length();
        int padY = Math.max(30, (int) (0.3 * len)); // as far as the glyph finder looks
        int x0 = Math.max(0, bar.x0() - len / 2);
        int x1 = Math.min(g.width() - 1, bar.x1() + len / 2);
        int y0 = Math.max(0, bar.y0() - padY);
        int y1 = Math.min(g.height() - 1, bar.y1() + padY);
        float lo = g.lo();
        float scale = (BINS - 1) / g.range();
        int[] hist = new int[BINS];
        for (int y = y0; y <= y1; y++) {
            if (y >= bar.y0() && y <= bar.y1()) {
                continue;
            }
            for (int x = x0; x <= x1; x++) {
                int b = Math.round((g.at(x, y) - lo) * scale);
                hist[Math.max(0, Math.min(BINS - 1, b))]++;
            }
        }
        double[] excess = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            double peak = count(hist, b - 1, b + 1);
            // above both sides, not their mean: the edge of the texture's hump rises above one side only
            double around = Math.max(count(hist, b - 10, b - 5), count(hist, b + 5, b + 10)) / 6.0 * 3;
            // counts in a bin scatter as a Poisson count does: a peak must stand 4 sigma above its
            // surroundings, or a busy window's noise makes levels of its own
            double rise = peak - around;
            excess[b] = rise >= Math.max(MIN_EXCESS, 4 * Math.sqrt(around)) ? rise : 0;
        }
        List<Float> out = new ArrayList<>();
        while (out.size() < max) {
            int best = -1;
            for (int b = 0; b < BINS; b++) {
                float level = lo + b / scale;
                if (excess[b] > 0 && Math.abs(level - barLevel) > exclusion && (best < 0 || excess[b] > excess[best])) {
                    best = b;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(lo + best / scale);
            for (int b = Math.max(0, best - 8); b <= Math.min(BINS - 1, best + 8); b++) {
                excess[b] = 0; // one peak, one level
            }
        }
        return out;
    }

    private static int count(int[] hist, int from, int to) {
        int n = 0;
        for (int b = Math.max(0, from); b <= Math.min(hist.length - 1, to); b++) {
            n += hist[b];
        }
        return n;
    }
}
