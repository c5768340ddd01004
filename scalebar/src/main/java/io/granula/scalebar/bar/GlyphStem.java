package io.granula.scalebar.bar;

import java.util.ArrayDeque;

/**
 * Tells a ruler's tick from the stem of a letter beside it. A tick is a free stroke: its ink, traced
 * as one 4-connected piece near the ruler, stays as narrow as a tick. The stems of n, m, u and µ are
 * joined to the letter's other stems by an arch or a bowl, so the piece they belong to is as wide as
 * the letter. A stem standing one pitch from the ruler's end tick passes the ruler's spacing test
 * (spacings may differ by a pixel where the pitch is not a whole number), so only its shape tells it
 * apart.
 */
final class GlyphStem {
    /** A tick one or two pixels wide, anti-aliased over at most one more column. */
    static final int MAX_TICK_WIDTH = 3;

    private GlyphStem() {
    }

    /**
     * True when the ink of the tick at column {@code x}, traced within one ruler height above and
     * below rows y0..y1 and one pitch to either side, spreads wider than a tick.
     *
     * @param ink ink threshold: a pixel is ink when {@code sign * (v - threshold) > 0}
     */
    static boolean joinsOtherInk(GrayPlane g, int x, int y0, int y1, int pitch, double ink, int sign) {
        int h = y1 - y0 + 1;
        int wx0 = Math.max(0, x - pitch);
        int wx1 = Math.min(g.width() - 1, x + pitch);
        int wy0 = Math.max(0, y0 - h);
        int wy1 = Math.min(g.height() - 1, y1 + h);
        int ww = wx1 - wx0 + 1;
        boolean[] seen = new boolean[ww * (wy1 - wy0 + 1)];
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        int seedX = x;
        int seedY = (y0 + y1) / 2;
        if (!isInk(g, seedX, seedY, ink, sign)) {
            return false;
        }
        seen[(seedY - wy0) * ww + seedX - wx0] = true;
        todo.add(new int[]{seedX, seedY});
        int minX = seedX;
        int maxX = seedX;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            if (maxX - minX + 1 > MAX_TICK_WIDTH) {
                return true;
            }
            for (int[] s : steps) {
                int nx = p[0] + s[0];
                int ny = p[1] + s[1];
                if (nx < wx0 || nx > wx1 || ny < wy0 || ny > wy1) {
                    continue;
                }
                int k = (ny - wy0) * ww + nx - wx0;
                if (!seen[k] && isInk(g, nx, ny, ink, sign)) {
                    seen[k] = true;
                    todo.add(new int[]{nx, ny});
                }
            }
        }
        return false;
    }

    private static boolean isInk(GrayPlane g, int x, int y, double ink, int sign) {
        return sign * (g.at(x, y) - ink) > 0;
    }
}
