package io.granula.scalebar.text;

import io.granula.core.image.Percentiles;
import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.GrayPlane;
import io.granula.scalebar.bar.UniformRect;

import java.util.Arrays;

/**
 * A bar's label searched by its contrast to the specimen right around it, whatever its colour: the
 * pixel minus a local background, in one polarity. A label is text of its own colour (light grey
 * over a black bar, green over a white one) standing a few grey levels off a specimen whose own
 * shading varies by more than that across the label's window, so no global threshold parts it from
 * the texture; subtracting the background flattens the shading and leaves the letters as the few
 * pixels that stand out from the noise.
 *
 * <p>The background is the median of square cells (robust to the text inside a cell while its
 * strokes cover under half of it), interpolated bilinearly between cell centres: the "rolling"
 * background of a median-of-blocks estimate (Gonzalez and Woods, Digital Image Processing, 3rd ed.,
 * 10.3.7, variable thresholding by image partitioning). The bar itself is left out of the medians.
 * Noise is the median absolute deviation of the flattened window ({@code 1.4826 * MAD} estimates a
 * Gaussian's sigma, Rousseeuw and Croux, JASA 88, 1993); ink is what stands {@link #STRONG_SIGMAS}
 * noise sigmas above the background, so the glyph finder's half-ink threshold is that many sigmas.
 * Only the glyph finder's search window is filled; the rest of the plane is paper (0).
 */
public final class LocalContrastPlane {
    /**
     * Cell side as a fraction of the image's height: a label's digits are 1-4 % of it on every
     * instrument's images, so a cell spans one or two text lines and the letters stay a minority.
     */
    static final double CELL_FRACTION = 0.04;
    static final int MIN_CELL = 12;
    static final int MAX_CELL = 64;
    /**
     * Strong ink at this many noise sigmas, the glyph finder's faint fringe at half of it. The sigma
     * is the specimen's texture as much as noise, so a label 20 levels off a JPEG-compressed specimen
     * is 2.5 to 4 of them: at 4 most of its strokes fall apart; specks that pass 2.5 are no text the
     * grouper keeps (held-out tuning seeds 16 and 58: 31, 32 and 33 of 40 TEM labels at 4, 3, 2.5).
     */
    static final float STRONG_SIGMAS = 2.5f;
    /** Noise floor as a fraction of the range: a noiseless synthetic background is not all ink. */
    static final float MIN_NOISE = 0.01f;

    /**
     * The plane (paper 0, ink {@code ink}) to hand to the glyph finder with those two levels; only
     * {@code window} holds contrast, the rest of the plane is paper.
     */
    public record Flattened(GrayPlane plane, float ink, GlyphFinder.Window window) {
        /** The same contrast with dark ink: a label darker than the specimen around it. */
        public Flattened inverted(PlaneBuffers buffers) {
            float[] src = plane.pixels();
            float[] out = buffers.take(src.length, plane.width(), window);
            int width = plane.width();
            // only the window: the paper outside it stays 0 either way, and the window is a fraction
            // of the image (a tenth for a 200 px bar on a 2048 px image)
            for (int y = window.y0(); y <= window.y1(); y++) {
                for (int i = y * width + window.x0(); i <= y * width + window.x1(); i++) {
                    out[i] = -src[i];
                }
            }
            return new Flattened(new GrayPlane(plane.width(), plane.height(), out, 0, ink), ink, window);
        }
    }

    private LocalContrastPlane() {
    }

    /**
     * Contrast to the local background around {@code bar}, lighter ink positive ({@link
     * Flattened#inverted} for darker ink), over the window the glyph finder searches.
     */
    public static Flattened around(GrayPlane g, BarCandidate bar, PlaneBuffers buffers) {
        GlyphFinder.Window win = GlyphFinder.window(g, bar);
        int w = win.x1() - win.x0() + 1;
        int h = win.y1() - win.y0() + 1;
        boolean[] masked = barMask(bar, win, w, h);
        int cell = Math.max(MIN_CELL, Math.min(MAX_CELL, (int) Math.round(CELL_FRACTION * g.height())));
        int nx = Math.max(1, (w + cell - 1) / cell);
        int ny = Math.max(1, (h + cell - 1) / cell);
        float[] medians = cellMedians(g, win, w, h, masked, cell, nx, ny);
        float[] out = buffers.take(g.pixels().length, g.width(), win);
        float[] flat = new float[w * h / 3 + h + 1];
        float[] win2d = new float[w * h];
        int n = 0;
        for (int y = 0; y < h; y++) {
            // cell centres lie at (i + 0.5) * cell: the pixel's position in cell units, between two centres
            double cy = Math.max(0, Math.min(ny - 1, (y + 0.5) / cell - 0.5));
            int iy = Math.max(0, Math.min(ny - 2, (int) cy));
            int iy1 = Math.min(ny - 1, iy + 1);
            double fy = cy - iy;
            for (int x = 0; x < w; x++) {
                double cx = Math.max(0, Math.min(nx - 1, (x + 0.5) / cell - 0.5));
                int ix = Math.max(0, Math.min(nx - 2, (int) cx));
                int ix1 = Math.min(nx - 1, ix + 1);
                double fx = cx - ix;
                double bg = (1 - fy) * ((1 - fx) * medians[iy * nx + ix] + fx * medians[iy * nx + ix1])
                        + fy * ((1 - fx) * medians[iy1 * nx + ix] + fx * medians[iy1 * nx + ix1]);
                win2d[y * w + x] = (float) (g.at(win.x0() + x, win.y0() + y) - bg);
            }
        }
        // JPEG and shot noise are per pixel, strokes are 2 px or wider: a light blur keeps letters whole
        smooth(win2d, w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = win2d[y * w + x];
                out[(win.y0() + y) * g.width() + win.x0() + x] = v;
                if (!masked[y * w + x] && (x + y) % 3 == 0) { // every third pixel: enough for a median
                    flat[n++] = Math.abs(v);
                }
            }
        }
        float sigma = (float) Math.max(1.4826 * median(flat, n), MIN_NOISE * g.range());
        float ink = 2 * STRONG_SIGMAS * sigma;
        return new Flattened(new GrayPlane(g.width(), g.height(), out, 0, ink), ink, win);
    }

    /** Binomial [1 2 1] / 4 along rows then columns (a 3x3 Gaussian of sigma ~0.7 px), borders kept. */
    static void smooth(float[] v, int w, int h) {
        float[] t = v.clone();
        for (int y = 0; y < h; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                t[i] = 0.25f * (v[i - 1] + 2 * v[i] + v[i + 1]);
            }
        }
        for (int y = 1; y < h - 1; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                v[i] = 0.25f * (t[i - w] + 2 * t[i] + t[i + w]);
            }
        }
    }

    /** The bar with its ticks and blurred edges: not background. */
    private static boolean[] barMask(BarCandidate bar, GlyphFinder.Window win, int w, int h) {
        UniformRect r = bar.rect();
        int up = bar.ticks().map(t -> t.up()).orElse(0) + 2;
        int down = bar.ticks().map(t -> t.down()).orElse(0) + 2;
        boolean[] masked = new boolean[w * h];
        for (int y = Math.max(0, r.y0() - up - win.y0()); y <= Math.min(h - 1, r.y1() + down - win.y0()); y++) {
            int from = Math.max(0, r.x0() - 2 - win.x0());
            int to = Math.min(w - 1, r.x1() + 2 - win.x0());
            if (from <= to) {
                Arrays.fill(masked, y * w + from, y * w + to + 1, true);
            }
        }
        return masked;
    }

    /** Median of each cell's unmasked pixels; a cell the bar fills takes its nearest filled neighbour's. */
    private static float[] cellMedians(GrayPlane g, GlyphFinder.Window win, int w, int h, boolean[] masked, int cell,
                                       int nx, int ny) {
        float[] medians = new float[nx * ny];
        Arrays.fill(medians, Float.NaN);
        float[] buf = new float[cell * cell];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int n = 0;
                for (int y = j * cell; y < Math.min(h, (j + 1) * cell); y++) {
                    for (int x = i * cell; x < Math.min(w, (i + 1) * cell); x++) {
                        if (!masked[y * w + x]) {
                            buf[n++] = g.at(win.x0() + x, win.y0() + y);
                        }
                    }
                }
                if (n >= cell) {
                    medians[j * nx + i] = median(buf, n);
                }
            }
        }
        fillGaps(medians, nx, ny);
        return medians;
    }

    /** Cells with no median (under the bar) take the nearest valid one along their column, then row. */
    private static void fillGaps(float[] m, int nx, int ny) {
        for (int pass = 0; pass < nx + ny && hasGap(m); pass++) {
            float[] copy = m.clone();
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    if (!Float.isNaN(copy[j * nx + i])) {
                        continue;
                    }
                    float sum = 0;
                    int k = 0;
                    int[][] nb = {{i, j - 1}, {i, j + 1}, {i - 1, j}, {i + 1, j}};
                    for (int[] p : nb) {
                        if (p[0] >= 0 && p[1] >= 0 && p[0] < nx && p[1] < ny && !Float.isNaN(copy[p[1] * nx + p[0]])) {
                            sum += copy[p[1] * nx + p[0]];
                            k++;
                        }
                    }
                    if (k > 0) {
                        m[j * nx + i] = sum / k;
                    }
                }
            }
        }
        for (int i = 0; i < m.length; i++) {
            m[i] = Float.isNaN(m[i]) ? 0 : m[i]; // only when every cell is under the bar
        }
    }

    private static boolean hasGap(float[] m) {
        for (float v : m) {
            if (Float.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Median of the first {@code n} values (reorders them), by selection rather than sorting: the
     * same value, in linear time (the cells' and the noise's medians were most of this plane's cost).
     */
    static float median(float[] v, int n) {
        if (n == 0) {
            return 0;
        }
        float upper = Percentiles.select(v, n, n / 2);
        if (n % 2 == 1) {
            return upper;
        }
        // everything left of n / 2 is no larger: the lower middle value is their maximum
        float lower = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n / 2; i++) {
            lower = Math.max(lower, v[i]);
        }
        return 0.5f * (lower + upper);
    }
}
