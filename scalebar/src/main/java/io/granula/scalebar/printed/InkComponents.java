package io.granula.scalebar.printed;

import io.granula.scalebar.bar.GrayPlane;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate characters of text printed on a micrograph. Labels and panel letters are drawn by
 * software, in the image's extreme values (white or black) and in one flat value: their pixels sit
 * within {@link #FLAT} of the range's end, where a specimen's noise and shading put few pixels and
 * never a whole letter's worth. Each polarity's ink is split into 8-connected components (a
 * flood fill), grown from that flat core into pixels past {@link #HALF} of the way to the ink (not half: a TEM background can sit at mid-range) (a
 * hysteresis, after Canny's edge linking: anti-aliased hairlines of small letters stay attached, and
 * the glyph gets its drawn outline, where half a pixel is covered); those of a letter's size, with a letter's stroke fill (strokes cover
 * well under the {@link #MAX_FILL} of their box that a disc or a blob covers) and a sharp edge (the
 * background is reached within {@link #EDGE} px: software text is not blurred by a beam or a lens)
 * are kept. Two more tests tell printed strokes from the specimen's saturated blobs and the dark gaps
 * between particles: strokes are thin ({@link #MAX_STROKE} of the glyph's height at their thickest,
 * from a chamfer distance transform, Borgefors 1986), and a character stands alone: around it
 * (half its height out) there is almost no other ink of its polarity ({@link #MAX_CROWD}), where
 * saturated specimen regions come in crowds ({@link #alone}, asked of a word).
 */
final class InkComponents {
    /** Fraction of the grey range from its end that still counts as ink. */
    static final float FLAT = 0.06f;
    /** Level (fraction of the way from the far end of the range) to which a flat core is grown. */
    static final float HALF = 0.7f;
    /** Glyph heights, px, and as a fraction of the image's shorter side. */
    static final int MIN_HEIGHT = 7;
    static final double MAX_HEIGHT = 0.08;
    /** A disc fills pi/4 = 0.785 of its box; letters' strokes much less, thin ones (l, I, 1, brackets) aside. */
    static final double MAX_FILL = 0.76;
    static final double THIN = 0.4;
    /** Distance, px, from the ink at which the background must have been reached. */
    static final int EDGE = 2;
    /**
     * How far (fraction of the range) from the ink that background must be: {@link #CONTRAST}, or less
     * where the whole image is close to the ink (white text on a noisy mid-grey TEM background, whose
     * bright noise sets the range): 0.6 of the way from the ink to the image's median grey, never under
     * {@link #MIN_CONTRAST}.
     */
    static final float CONTRAST = 0.5f;
    static final float MIN_CONTRAST = 0.3f;
    /**
     * Fraction of a glyph that is flat core: software draws most of a letter's pixels at the ink value
     * itself, while a specimen region reached from a few saturated pixels is mostly shading.
     */
    static final double MIN_CORE = 0.45;

    /** Thickest stroke (twice the largest inner distance) over the glyph's height: bold sans capitals reach about 0.25. */
    static final double MAX_STROKE = 0.34;
    /** Fraction of the surroundings that may be other ink of the same polarity. */
    static final double MAX_CROWD = 0.04;

    private final GrayPlane g;
    private final boolean[] excluded;
    private final int[] labels;
    private final float median;
    private int next = 1;

    /**
     * @param excluded pixels already left out (data strips): ink there is not looked at
     */
    InkComponents(GrayPlane g, boolean[] excluded) {
        this.g = g;
        this.excluded = excluded;
        this.labels = new int[g.width() * g.height()];
        float[] sample = new float[Math.min(g.pixels().length, 65536)];
        int step = Math.max(1, g.pixels().length / sample.length);
        for (int k = 0; k < sample.length; k++) {
            sample[k] = level(Math.min(g.pixels().length - 1, k * step));
        }
        java.util.Arrays.sort(sample);
        this.median = sample.length == 0 ? 0.5f : sample[sample.length / 2];
    }

    boolean inBounds(int x, int y) {
        return x >= 0 && y >= 0 && x < g.width() && y < g.height();
    }

    int label(int x, int y) {
        return labels[y * g.width() + x];
    }

    /** Letter-like components of both polarities, white ink first. */
    List<InkGlyph> find() {
        List<InkGlyph> out = new ArrayList<>();
        if (g.range() <= 0) {
            return out;
        }
        for (boolean light : new boolean[] {true, false}) {
            collect(light, out);
        }
        return out;
    }

    /** How much of pixel (x, y) is ink of this polarity, 0..1 (0 outside the image). */
    float coverage(int x, int y, boolean light) {
        if (!inBounds(x, y)) {
            return 0;
        }
        float t = level(y * g.width() + x);
        return Math.max(0, Math.min(1, light ? t : 1 - t));
    }

    private float level(int i) {
        return (g.pixels()[i] - g.lo()) / g.range();
    }

    boolean isInk(int i, boolean light) {
        float t = level(i);
        return !excluded[i] && (light ? t >= 1 - FLAT : t <= FLAT);
    }

    private boolean isWeakInk(int i, boolean light) {
        float t = level(i);
        return !excluded[i] && (light ? t >= HALF : t <= 1 - HALF);
    }

    /**
     * Per pixel for this polarity: {@link #CORE} for ink ({@link #isInk}), {@link #WEAK} for weak ink
     * only ({@link #isWeakInk}), 0 otherwise; one pass, so the flood fill reads a byte per neighbour.
     */
    private byte[] inkClasses(boolean light) {
        float[] px = g.pixels();
        float lo = g.lo(), range = g.range();
        byte[] cls = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            float t = (px[i] - lo) / range;
            if (excluded[i]) {
                continue;
            }
            if (light ? t >= 1 - FLAT : t <= FLAT) {
                cls[i] = CORE;
            } else if (light ? t >= HALF : t <= 1 - HALF) {
                cls[i] = WEAK;
            }
        }
        return cls;
    }

    private static final byte WEAK = 1;
    private static final byte CORE = 2;

    private void collect(boolean light, List<InkGlyph> out) {
        int w = g.width();
        int h = g.height();
        int maxH = (int) (MAX_HEIGHT * Math.min(w, h));
        byte[] cls = inkClasses(light);
        int[] stack = new int[w * h];
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != 0 || cls[start] != CORE) {
                continue;
            }
            int id = next++;
            int top = 0;
            stack[top++] = start;
            labels[start] = id;
            int x0 = w, y0 = h, x1 = -1, y1 = -1, area = 0, core = 0;
            while (top > 0) {
                int i = stack[--top];
                int y = i / w;
                int x = i - y * w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                area++;
                core += cls[i] == CORE ? 1 : 0;
                for (int yy = Math.max(0, y - 1), yEnd = Math.min(h - 1, y + 1); yy <= yEnd; yy++) {
                    for (int xx = Math.max(0, x - 1), xEnd = Math.min(w - 1, x + 1); xx <= xEnd; xx++) {
                        int j = yy * w + xx;
                        if (labels[j] == 0 && cls[j] != 0) {
                            labels[j] = id;
                            stack[top++] = j;
                        }
                    }
                }
            }
            int gw = x1 - x0 + 1;
            int gh = y1 - y0 + 1;
            double fill = (double) area / ((long) gw * gh);
            boolean sized = gh >= MIN_HEIGHT && gh <= maxH && gw <= 1.6 * gh;
            boolean stroked = fill <= MAX_FILL || gw <= THIN * gh;
            if (sized && stroked && core >= MIN_CORE * area && thin(id, x0, y0, x1, y1) && sharp(id, light, x0, y0, x1, y1)) {
                out.add(new InkGlyph(id, light, x0, y0, x1, y1, area, fill));
            }
        }
    }

    /** True when the component's thickest stroke is at most {@link #MAX_STROKE} of its height. */
    private boolean thin(int id, int x0, int y0, int x1, int y1) {
        int bw = x1 - x0 + 3;
        int bh = y1 - y0 + 3;
        int[] d = new int[bw * bh];
        for (int y = 1; y < bh - 1; y++) {
            for (int x = 1; x < bw - 1; x++) {
                d[y * bw + x] = labels[(y0 + y - 1) * g.width() + x0 + x - 1] == id ? Integer.MAX_VALUE / 2 : 0;
            }
        }
        // 3-4 chamfer distance, two passes (Borgefors, "Distance transformations in digital images", 1986)
        for (int y = 1; y < bh - 1; y++) {
            for (int x = 1; x < bw - 1; x++) {
                int i = y * bw + x;
                if (d[i] > 0) {
                    d[i] = Math.min(d[i], Math.min(Math.min(d[i - 1] + 3, d[i - bw] + 3), Math.min(d[i - bw - 1] + 4, d[i - bw + 1] + 4)));
                }
            }
        }
        int max = 0;
        for (int y = bh - 2; y >= 1; y--) {
            for (int x = bw - 2; x >= 1; x--) {
                int i = y * bw + x;
                if (d[i] > 0) {
                    d[i] = Math.min(d[i], Math.min(Math.min(d[i + 1] + 3, d[i + bw] + 3), Math.min(d[i + bw + 1] + 4, d[i + bw - 1] + 4)));
                    max = Math.max(max, d[i]);
                }
            }
        }
        // distance in pixels is d / 3; the stroke is about twice the largest distance to its edge
        // one pixel of slack each side: at 10-15 px a bold stroke's crossing is a large part of the height
        return 2.0 * max / 3.0 <= MAX_STROKE * (y1 - y0 + 1) + 2;
    }

    /** True when, half the word's height around it, at most {@link #MAX_CROWD} of the pixels are other ink of its polarity. */
    boolean alone(InkWord word) {
        java.util.Set<Integer> own = new java.util.HashSet<>();
        word.glyphs().forEach(gl -> own.add(gl.label()));
        boolean light = word.light();
        int x0 = word.x0(), y0 = word.y0(), x1 = word.x1(), y1 = word.y1();
        int m = Math.max(3, (y1 - y0 + 1) / 2);
        int w = g.width();
        int other = 0;
        int all = 0;
        for (int y = Math.max(0, y0 - m); y <= Math.min(g.height() - 1, y1 + m); y++) {
            for (int x = Math.max(0, x0 - m); x <= Math.min(w - 1, x1 + m); x++) {
                int i = y * w + x;
                all++;
                if (!own.contains(labels[i]) && isInk(i, light)) {
                    other++;
                }
            }
        }
        return other <= MAX_CROWD * all;
    }

    /**
     * True when the pixels {@link #EDGE} px outside the component (along its rows and columns) are
     * mostly background: their median is at least {@link #CONTRAST} of the range away from the ink.
     */
    private boolean sharp(int id, boolean light, int x0, int y0, int x1, int y1) {
        int w = g.width();
        int h = g.height();
        List<Float> ring = new ArrayList<>();
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (labels[y * w + x] != id) {
                    continue;
                }
                int[][] steps = {{EDGE, 0}, {-EDGE, 0}, {0, EDGE}, {0, -EDGE}};
                for (int[] s : steps) {
                    int xx = x + s[0];
                    int yy = y + s[1];
                    int nx = x + Integer.signum(s[0]);
                    int ny = y + Integer.signum(s[1]);
                    if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
                        continue;
                    }
                    // only where the stroke ends: the next pixel out is no longer this ink
                    if (labels[ny * w + nx] != id && labels[yy * w + xx] != id) {
                        ring.add(level(yy * w + xx));
                    }
                }
            }
        }
        if (ring.isEmpty()) {
            return false;
        }
        ring.sort(null);
        float median = ring.get(ring.size() / 2);
        float need = Math.min(CONTRAST, Math.max(MIN_CONTRAST, 0.6f * (light ? 1 - this.median : this.median)));
        return light ? median <= 1 - need : median >= need;
    }
}
