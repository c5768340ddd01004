package io.granula.app.gui.tools;

import io.granula.app.project.Region;
import io.granula.core.export.PolygonRasterizer;

import java.util.List;

/** Pixel regions from what the user drew: a closed outline, a brush stroke. */
final class Regions {
    private Regions() {
    }

    /**
     * The pixels whose centres lie inside a closed outline through image points (even-odd rule, as
     * {@link PolygonRasterizer}); null when it encloses no pixel.
     */
    static Region polygon(List<double[]> points) {
        if (points.size() < 3) {
            return null;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        int x0 = (int) Math.floor(minX), y0 = (int) Math.floor(minY);
        int w = (int) Math.ceil(maxX) - x0 + 1, h = (int) Math.ceil(maxY) - y0 + 1;
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i)[0] - x0;
            xy[2 * i + 1] = points.get(i)[1] - y0;
        }
        boolean[] mask = new boolean[w * h];
        PolygonRasterizer.fill(xy, mask, w, h);
        for (boolean b : mask) {
            if (b) {
                return new Region(x0, y0, w, h, mask);
            }
        }
        return null;
    }

    /** The union of discs of radius {@code r} around each point of a stroke (one brush stroke). */
    static Region stroke(List<double[]> points, int r) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, (int) Math.floor(p[0]));
            minY = Math.min(minY, (int) Math.floor(p[1]));
            maxX = Math.max(maxX, (int) Math.floor(p[0]));
            maxY = Math.max(maxY, (int) Math.floor(p[1]));
        }
        int x0 = minX - r, y0 = minY - r, w = maxX - minX + 2 * r + 1, h = maxY - minY + 2 * r + 1;
        boolean[] mask = new boolean[w * h];
        double[] prev = null;
        for (double[] p : points) {
            // dabs every half radius along each segment, so a fast drag leaves no gaps
            int steps = prev == null ? 1 : Math.max(1, (int) Math.ceil(Math.hypot(p[0] - prev[0], p[1] - prev[1]) / Math.max(1, r / 2.0)));
            for (int s = 1; s <= steps; s++) {
                double t = (double) s / steps;
                double cx = prev == null ? p[0] : prev[0] + t * (p[0] - prev[0]);
                double cy = prev == null ? p[1] : prev[1] + t * (p[1] - prev[1]);
                dab(mask, w, h, (int) Math.floor(cx) - x0, (int) Math.floor(cy) - y0, r);
            }
            prev = p;
        }
        return new Region(x0, y0, w, h, mask);
    }

    private static void dab(boolean[] mask, int w, int h, int cx, int cy, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int x = cx + dx, y = cy + dy;
                if (dx * dx + dy * dy <= r * r && x >= 0 && y >= 0 && x < w && y < h) {
                    mask[y * w + x] = true;
                }
            }
        }
    }
}
