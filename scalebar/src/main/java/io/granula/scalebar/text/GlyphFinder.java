package io.granula.scalebar.text;

import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.GrayPlane;
import io.granula.scalebar.bar.UniformRect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the label's candidate characters near a bar. Labels are printed in the bar's colour on the
 * bar's background, so ink is measured as the fraction of the way from background to bar colour:
 * pixels above {@link #HIGH}, plus pixels above {@link #LOW} that touch one (a one-pixel hysteresis,
 * after Canny's edge linking), so the faint anti-aliased hairlines of small serif letters hold a
 * character together while faint texture cannot chain one glyph to the next. Ink is grouped into
 * 8-connected components (two-pass union-find labelling, Rosenfeld and Pfaltz, 1966); components
 * touching the window's border, as large as a good part of it, or belonging to the bar are dropped.
 */
public final class GlyphFinder {
    private static final float LOW = 0.25f;
    private static final float HIGH = 0.5f;

    public GlyphMap find(GrayPlane g, BarCandidate bar) {
        return find(g, bar, bar.barValue(), bar.background());
    }

    /**
     * Ink of the given level on paper of the given level: a label in a colour of its own, searched on
     * the chroma plane, is not in the bar's colour.
     */
    public GlyphMap find(GrayPlane g, BarCandidate bar, float inkLevel, float paperLevel) {
        UniformRect r = bar.rect();
        int rise = bar.ticks().map(t -> t.up()).orElse(0);
        int drop = bar.ticks().map(t -> t.down()).orElse(0);
        Window win = window(g, bar);
        int x0 = win.x0();
        int y0 = win.y0();
        int x1 = win.x1();
        int y1 = win.y1();
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        boolean[] strong = new boolean[w * h];
        boolean[] ink = inkMask(g, inkLevel, paperLevel, x0, y0, w, h, strong);

        int[] labels = new int[w * h];
        UnionFind uf = new UnionFind(w * h / 4 + 16);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (!ink[i]) {
                    continue;
                }
                // already-visited 8-neighbours: W, NW, N, NE. With N in ink the other three are already
                // joined to it (W through its NE, NW and NE through N's own row), and with W in ink NW is
                // joined to W: the scan's decision tree of Wu, Otoo and Suzuki (Pattern Analysis and
                // Applications 12, 2009), which makes the same components with fewer unions
                int n = y > 0 ? labels[i - w] : 0;
                if (n != 0) {
                    labels[i] = n;
                    continue;
                }
                int best = x > 0 ? labels[i - 1] : 0;
                if (y > 0) {
                    if (x > 0 && best == 0) {
                        best = labels[i - w - 1];
                    }
                    if (x < w - 1) {
                        best = uf.merge(best, labels[i - w + 1]);
                    }
                }
                labels[i] = best != 0 ? best : uf.make();
            }
        }
        return collect(labels, strong, w, h, x0, y0, uf, r, rise, drop, inkLevel, paperLevel);
    }

    /** The part of the image searched for a bar's label (inclusive pixel bounds). */
    public record Window(int x0, int y0, int x1, int y1) {
    }

    /** Where a label of {@code bar} may stand: beside it on its line, or over or under it. */
    public static Window window(GrayPlane g, BarCandidate bar) {
        UniformRect r = bar.rect();
        int len = r.length();
        int rise = bar.ticks().map(t -> t.up()).orElse(0);
        int drop = bar.ticks().map(t -> t.down()).orElse(0);
        int padX = (int) Math.max(0.6 * len, 0.2 * g.width());
        int padY = (int) Math.max(30, Math.max(0.1 * g.height(), 0.3 * len));
        return new Window(Math.max(0, r.x0() - padX), Math.max(0, r.y0() - rise - padY),
                Math.min(g.width() - 1, r.x1() + padX), Math.min(g.height() - 1, r.y1() + drop + padY));
    }

    private static boolean[] inkMask(GrayPlane g, float ink, float paper, int x0, int y0, int w, int h, boolean[] strong) {
        float span = ink - paper;
        boolean[] weak = new boolean[w * h];
        float[] px = g.pixels();
        for (int y = 0; y < h; y++) {
            int from = (y0 + y) * g.width() + x0;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float t = (px[from + x] - paper) / span;
                strong[row + x] = t >= HIGH;
                weak[row + x] = t >= LOW;
            }
        }
        boolean[] out = strong.clone();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (strong[i] || !weak[i]) {
                    continue;
                }
                search:
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h && strong[yy * w + xx]) {
                            out[i] = true;
                            break search;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static GlyphMap collect(int[] labels, boolean[] strong, int w, int h, int x0, int y0, UnionFind uf, UniformRect bar,
                                    int rise, int drop, float ink, float paper) {
        int n = uf.size();
        int[] minX = new int[n];
        int[] minY = new int[n];
        int[] maxX = new int[n];
        int[] maxY = new int[n];
        int[] area = new int[n];
        Arrays.fill(minX, Integer.MAX_VALUE);
        Arrays.fill(minY, Integer.MAX_VALUE);
        Arrays.fill(maxX, -1);
        Arrays.fill(maxY, -1);
        int[] roots = uf.roots();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (labels[i] == 0) {
                    continue;
                }
                int root = roots[labels[i]];
                labels[i] = root;
                minX[root] = Math.min(minX[root], x);
                maxX[root] = Math.max(maxX[root], x);
                minY[root] = Math.min(minY[root], y);
                maxY[root] = Math.max(maxY[root], y);
                area[root]++;
            }
        }
        boolean[] keep = new boolean[n];
        List<Glyph> glyphs = new ArrayList<>();
        for (int id = 1; id < n; id++) {
            if (area[id] == 0) {
                continue;
            }
            int gx0 = x0 + minX[id];
            int gx1 = x0 + maxX[id];
            int gy0 = y0 + minY[id];
            int gy1 = y0 + maxY[id];
            boolean touchesWindow = minX[id] == 0 || minY[id] == 0 || maxX[id] == w - 1 || maxY[id] == h - 1;
            boolean huge = (maxY[id] - minY[id]) > 0.4 * h || (maxX[id] - minX[id]) > 0.5 * w;
            // the bar, its ticks and its blurred edge rows
            boolean isBar = gx0 <= bar.x1() + 1 && gx1 >= bar.x0() - 1
                    && gy0 <= bar.y1() + drop + 2 && gy1 >= bar.y0() - rise - 2;
            if (!touchesWindow && !huge && !isBar) {
                keep[id] = true;
                glyphs.add(new Glyph(id, gx0, gy0, gx1, gy1, area[id]));
            }
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && !keep[labels[i]]) {
                labels[i] = 0;
            }
        }
        return new GlyphMap(x0, y0, w, h, labels, strong, List.copyOf(glyphs), ink, paper);
    }

    /** Union-find over provisional labels 1..n, path halving. */
    private static final class UnionFind {
        private int[] parent;
        private int next = 1;

        UnionFind(int capacity) {
            parent = new int[Math.max(2, capacity)];
        }

        int make() {
            if (next == parent.length) {
                parent = Arrays.copyOf(parent, parent.length * 2);
            }
            parent[next] = next;
            return next++;
        }

        int find(int a) {
            while (parent[a] != a) {
                parent[a] = parent[parent[a]];
                a = parent[a];
            }
            return a;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        /** Joins {@code label} into {@code current} (either may be 0 = none); returns the label to use. */
        int merge(int current, int label) {
            if (label == 0) {
                return current;
            }
            if (current == 0) {
                return label;
            }
            union(current, label);
            return current;
        }

        int size() {
            return next;
        }

        /**
         * Every label's root, as {@link #find} gives it, in one pass: a union makes the larger root point
         * to the smaller, so each label's parent comes before it and is resolved by the time it is.
         */
        int[] roots() {
            int[] root = new int[next];
            for (int i = 1; i < next; i++) {
                root[i] = parent[i] == i ? i : root[parent[i]];
            }
            return root;
        }
    }
}
