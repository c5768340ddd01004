package io.granula.core.dynamics;

import java.util.Arrays;

/**
 * Masks from where pixels ended, Cellpose's {@code dynamics.get_masks_torch}:
 * <ol>
 *   <li>histogram of integer end points, padded by {@link #RPAD} bins on every side;</li>
 *   <li>seeds: bins equal to the maximum of their 5x5 neighbourhood with more than 10 pixels;</li>
 *   <li>seeds sorted by count, ascending (ties in raster order: a stable sort; Cellpose's
 *       {@code argsort} leaves tie order to the sort implementation);</li>
 *   <li>each seed grown 5 times by a 3x3 max inside its 11x11 window, keeping bins with more
 *       than 2 pixels; where grown seeds overlap the later (larger) one wins, as Cellpose's
 *       scatter_reduce "amax" over seed index does;</li>
 *   <li>every moving pixel takes the label of the bin it ended in;</li>
 *   <li>masks larger than {@code maxSizeFraction} of the image are dropped; ids renumbered.</li>
 * </ol>
 */
public final class GetMasks {
    public static final int RPAD = 20;
    private static final int WINDOW = 11;
    private static final int HALF = WINDOW / 2;

    private GetMasks() {
    }

    /**
     * Consumes {@code ends}: its end points are overwritten with histogram bins, then with labels,
     * so that no second array per moving pixel is needed (issue 19, docs/large-images.md).
     *
     * @return labels of the whole image (renumbered 1..N in raster order of first pixel) and N
     */
    public static Labels run(Endpoints ends, double maxSizeFraction, int threads) {
        int w = ends.width();
        int h = ends.height();
        int hw = w + 2 * RPAD;
        int hh = h + 2 * RPAD;
        int[] bins = toBins(ends, hw);
        int[] hist = new int[hw * hh];
        for (int b : bins) {
            hist[b]++;
        }
        int[] seeds = sortedSeeds(hist, hw, hh, threads);
        int[][] grown = new int[seeds.length][];
        for (int k = 0; k < seeds.length; k++) {
            grown[k] = grow(hist, hw, seeds[k]);
        }
        // The histogram is not needed any more: reuse it as the bin -> label map (M1).
        int[] binLabel = hist;
        hist = null;
        Arrays.fill(binLabel, 0);
        for (int k = 0; k < seeds.length; k++) {
            for (int b : grown[k]) {
                binLabel[b] = k + 1;
            }
        }
        grown = null;
        // Each moving pixel's label replaces its bin in place, so that the image-sized map can go
        // before the image-sized labels are allocated: one of the two is alive, never both (4 bytes
        // per image pixel less at the peak of a large image; issue 19).
        for (int j = 0; j < bins.length; j++) {
            bins[j] = binLabel[bins[j]];
        }
        binLabel = null;
        int[] labels = new int[w * h];
        int[] pixels = ends.pixels();
        for (int j = 0; j < pixels.length; j++) {
            labels[pixels[j]] = bins[j];
        }
        removeBig(labels, seeds.length, (double) ((long) w * h) * maxSizeFraction);
        int n = LabelRenumbering.renumber(labels);
        return new Labels(labels, n);
    }

    /** Labels of a whole image with their count N (ids 1..N). */
    public record Labels(int[] labels, int count) {
    }

    /**
     * Histogram bin of every end point: {@code pt += rpad}, clamped into the padded grid; written
     * over the end points' array, which is returned.
     */
    static int[] toBins(Endpoints ends, int hw) {
        int w = ends.width();
        int maxY = ends.height() + RPAD - 1;
        int maxX = w + RPAD - 1;
        int[] bins = ends.ends();
        for (int j = 0; j < bins.length; j++) {
            int y = Math.min(Math.max(bins[j] / w + RPAD, 0), maxY);
            int x = Math.min(Math.max(bins[j] % w + RPAD, 0), maxX);
            bins[j] = y * hw + x;
        }
        return bins;
    }

    /**
     * Bins with more than 10 counts that equal the 5x5 maximum around them (max_pool_nd with
     * kernel 5, windows cut at the histogram's edge), ordered by count then raster position.
     */
    static int[] sortedSeeds(int[] hist, int hw, int hh, int threads) {
        int bands = Math.max(1, Math.min(hh, 4 * threads));
        long[][] found = new long[bands][];
        int[] counts = new int[bands];
        Workers.forRange(threads, bands, 1, io.granula.core.progress.ProgressMonitor.NONE, (from, to) -> {
            for (int band = from; band < to; band++) {
                long[] keys = new long[16];
                int n = 0;
                for (int y = band * hh / bands; y < (band + 1) * hh / bands; y++) {
                    int row = y * hw;
                    for (int x = 0; x < hw; x++) {
                        int c = hist[row + x];
                        if (c > 10 && isLocalMax(hist, hw, hh, x, y, c)) {
                            if (n == keys.length) {
                                keys = Arrays.copyOf(keys, 2 * n);
                            }
                            keys[n++] = ((long) c << 32) | (row + x);
                        }
                    }
                }
                found[band] = keys;
                counts[band] = n;
            }
        });
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        long[] keys = new long[n];
        for (int band = 0, k = 0; band < bands; k += counts[band], band++) {
            System.arraycopy(found[band], 0, keys, k, counts[band]);
        }
        Arrays.sort(keys); // count, then raster index: a stable ascending order
        int[] seeds = new int[n];
        for (int k = 0; k < n; k++) {
            seeds[k] = (int) keys[k];
        }
        return seeds;
    }

    private static boolean isLocalMax(int[] hist, int hw, int hh, int x, int y, int c) {
        int ya = Math.max(0, y - 2);
        int yb = Math.min(hh - 1, y + 2);
        int xa = Math.max(0, x - 2);
        int xb = Math.min(hw - 1, x + 2);
        for (int yy = ya; yy <= yb; yy++) {
            int row = yy * hw;
            for (int xx = xa; xx <= xb; xx++) {
                if (hist[row + xx] > c) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Grows one seed inside its 11x11 window: 5 rounds of 3x3 max (cut at the window's edge)
     * then keeping bins whose count is above 2. Returns the histogram bins of the grown region.
     * A seed has more than 10 counts, so it lies at least RPAD bins inside the histogram and the
     * window never leaves it.
     */
    static int[] grow(int[] hist, int hw, int seed) {
        int sy = seed / hw;
        int sx = seed % hw;
        boolean[] keep = new boolean[WINDOW * WINDOW];
        for (int dy = 0; dy < WINDOW; dy++) {
            int row = (sy - HALF + dy) * hw + sx - HALF;
            for (int dx = 0; dx < WINDOW; dx++) {
                keep[dy * WINDOW + dx] = hist[row + dx] > 2;
            }
        }
        boolean[] in = new boolean[WINDOW * WINDOW];
        boolean[] out = new boolean[WINDOW * WINDOW];
        in[HALF * WINDOW + HALF] = true;
        for (int iter = 0; iter < 5; iter++) {
            for (int y = 0; y < WINDOW; y++) {
                for (int x = 0; x < WINDOW; x++) {
                    boolean any = false;
                    for (int yy = Math.max(0, y - 1); yy <= Math.min(WINDOW - 1, y + 1) && !any; yy++) {
                        for (int xx = Math.max(0, x - 1); xx <= Math.min(WINDOW - 1, x + 1); xx++) {
                            if (in[yy * WINDOW + xx]) {
                                any = true;
                                break;
                            }
                        }
                    }
                    out[y * WINDOW + x] = any && keep[y * WINDOW + x];
                }
            }
            boolean[] t = in;
            in = out;
            out = t;
        }
        int n = 0;
        for (boolean b : in) {
            if (b) {
                n++;
            }
        }
        int[] bins = new int[n];
        for (int i = 0, k = 0; i < in.length; i++) {
            if (in[i]) {
                bins[k++] = (sy - HALF + i / WINDOW) * hw + sx - HALF + i % WINDOW;
            }
        }
        return bins;
    }

    /** Drops labels with more pixels than {@code big} (Cellpose: counts > prod(shape) * max_size_fraction). */
    static void removeBig(int[] labels, int n, double big) {
        int[] counts = LabelRenumbering.counts(labels, n);
        boolean[] drop = new boolean[n + 1];
        boolean any = false;
        for (int l = 1; l <= n; l++) {
            if (counts[l] > big) {
                drop[l] = true;
                any = true;
            }
        }
        if (any) {
            LabelRenumbering.remove(labels, drop);
        }
    }
}
