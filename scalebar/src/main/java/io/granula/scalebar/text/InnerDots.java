package io.granula.scalebar.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the dot inside a dotted zero (DejaVu Sans Mono and many instrument fonts draw 0 that way),
 * which Tesseract reads as 6 or 8: a small blob of strong ink inside a glyph, enclosed by the
 * glyph's ring on all four sides. Where hysteresis joined it to the ring, it is still a separate
 * piece of strong ink.
 */
final class InnerDots {
    private InnerDots() {
    }

    /** Image pixels (y * imageWidth + x) of inner dots of {@code g}, with their one-pixel fringe. */
    static List<int[]> find(GlyphMap map, Glyph g) {
        int w = g.width();
        int h = g.height();
        int[] comp = new int[w * h];
        List<int[]> blobs = new ArrayList<>(); // per blob: {minX, minY, maxX, maxY, area}
        List<List<int[]>> pixels = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (comp[y * w + x] != 0 || !map.isCore(g.x0() + x, g.y0() + y, g)) {
                    continue;
                }
                int id = blobs.size() + 1;
                int[] box = {x, y, x, y, 0};
                List<int[]> px = new ArrayList<>();
                ArrayDeque<int[]> queue = new ArrayDeque<>();
                queue.add(new int[]{x, y});
                comp[y * w + x] = id;
                while (!queue.isEmpty()) {
                    int[] p = queue.poll();
                    px.add(p);
                    box[0] = Math.min(box[0], p[0]);
                    box[1] = Math.min(box[1], p[1]);
                    box[2] = Math.max(box[2], p[0]);
                    box[3] = Math.max(box[3], p[1]);
                    box[4]++;
                    int[][] next = {{p[0] - 1, p[1]}, {p[0] + 1, p[1]}, {p[0], p[1] - 1}, {p[0], p[1] + 1}};
                    for (int[] n : next) {
                        if (n[0] >= 0 && n[1] >= 0 && n[0] < w && n[1] < h && comp[n[1] * w + n[0]] == 0
                                && map.isCore(g.x0() + n[0], g.y0() + n[1], g)) {
                            comp[n[1] * w + n[0]] = id;
                            queue.add(n);
                        }
                    }
                }
                blobs.add(box);
                pixels.add(px);
            }
        }
        List<int[]> out = new ArrayList<>();
        if (blobs.size() < 2) {
            return out;
        }
        int largest = 0;
        for (int i = 1; i < blobs.size(); i++) {
            if (blobs.get(i)[4] > blobs.get(largest)[4]) {
                largest = i;
            }
        }
        for (int i = 0; i < blobs.size(); i++) {
            int[] b = blobs.get(i);
            if (i == largest || b[4] > 0.2 * blobs.get(largest)[4] || b[0] == 0 || b[1] == 0 || b[2] == w - 1 || b[3] == h - 1) {
                continue;
            }
            int cx = (b[0] + b[2]) / 2;
            int cy = (b[1] + b[3]) / 2;
            int ring = largest + 1;
            if (hits(comp, w, h, cx, cy, -1, 0, ring) && hits(comp, w, h, cx, cy, 1, 0, ring)
                    && hits(comp, w, h, cx, cy, 0, -1, ring) && hits(comp, w, h, cx, cy, 0, 1, ring)) {
                for (int[] p : pixels.get(i)) {
                    out.add(new int[]{g.x0() + p[0], g.y0() + p[1]});
                }
            }
        }
        return out;
    }

    /** Walking from (x, y) in direction (dx, dy) reaches the ring before leaving the glyph. */
    private static boolean hits(int[] comp, int w, int h, int x, int y, int dx, int dy, int ring) {
        for (x += dx, y += dy; x >= 0 && y >= 0 && x < w && y < h; x += dx, y += dy) {
            if (comp[y * w + x] == ring) {
                return true;
            }
        }
        return false;
    }
}
