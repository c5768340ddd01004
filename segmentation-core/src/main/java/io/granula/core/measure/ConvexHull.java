package io.granula.core.measure;

import java.util.Arrays;
import java.util.List;

/**
 * Convex hull of the vertices of one or more outlines (pixel corners), with collinear points dropped.
 * Built with Andrew's monotone chain (A. M. Andrew, Inf. Proc. Letters 9, 1979), O(n log n), then put in
 * ImageJ's order ({@code ij.process.FloatPolygon.getConvexHull}, a gift wrap): starting at the vertex with
 * the smallest y (then smallest x) and running so that the shoelace sum is negative in image coordinates.
 * The same vertices in the same order make {@link FeretCalipers} break ties exactly as ImageJ does.
 */
public final class ConvexHull {
    private ConvexHull() {
    }

    public static Contour of(Contour outline) {
        return of(List.of(outline));
    }

    public static Contour of(List<Contour> outlines) {
        int total = 0;
        for (Contour c : outlines) {
            total += c.size();
        }
        long[] packed = new long[total];
        int k = 0;
        for (Contour c : outlines) {
            for (int i = 0; i < c.size(); i++) {
                // sort key: x major, y minor; coordinates are >= 0 and < 2^31
                packed[k++] = ((long) c.x(i) << 32) | (c.y(i) & 0xffffffffL);
            }
        }
        Arrays.sort(packed);
        int m = 0;
        for (int i = 0; i < total; i++) {
            if (i == 0 || packed[i] != packed[i - 1]) {
                packed[m++] = packed[i];
            }
        }
        if (m <= 2) {
            return order(packed, m);
        }
        long[] hull = new long[2 * m];
        int h = 0;
        for (int i = 0; i < m; i++) { // lower chain
            while (h >= 2 && cross(hull[h - 2], hull[h - 1], packed[i]) <= 0) {
                h--;
            }
            hull[h++] = packed[i];
        }
        for (int i = m - 2, lower = h + 1; i >= 0; i--) { // upper chain
            while (h >= lower && cross(hull[h - 2], hull[h - 1], packed[i]) <= 0) {
                h--;
            }
            hull[h++] = packed[i];
        }
        return order(hull, h - 1); // last point repeats the first
    }

    private static long cross(long o, long a, long b) {
        long ox = o >> 32, oy = (int) o, ax = a >> 32, ay = (int) a, bx = b >> 32, by = (int) b;
        return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
    }

    private static Contour order(long[] pts, int n) {
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = (int) (pts[i] >> 32);
            ys[i] = (int) pts[i];
        }
        Contour c = new Contour(xs, ys);
        if (n < 2) {
            return c;
        }
        boolean reverse = c.twiceSignedArea() > 0;
        int start = 0;
        for (int i = 1; i < n; i++) {
            if (ys[i] < ys[start] || (ys[i] == ys[start] && xs[i] < xs[start])) {
                start = i;
            }
        }
        int[] ox = new int[n];
        int[] oy = new int[n];
        for (int i = 0; i < n; i++) {
            int j = reverse ? Math.floorMod(start - i, n) : (start + i) % n;
            ox[i] = xs[j];
            oy[i] = ys[j];
        }
        return new Contour(ox, oy);
    }
}
