package io.granula.app.gui.tools;

import io.granula.core.image.Image2D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Live-wire boundary tracing (Mortensen and Barrett, "Intelligent scissors for image composition",
 * SIGGRAPH 1995): the path between two points is the cheapest 8-connected path over a cost that is low on
 * strong edges, found with Dijkstra's algorithm. The local cost is the paper's gradient term only,
 * {@code f_G = 1 - G / max(G)} with G the Sobel gradient magnitude, weighted against a constant step cost by
 * the sensitivity, times the step length (sqrt 2 on diagonals, as the paper). The search runs inside the
 * box around both points plus a margin, so a live preview stays fast on large images.
 */
public final class LiveWire {
    private static final int MARGIN = 24;

    private final int width;
    private final int height;
    private final float[] edgeCost;

    /**
     * @param sensitivity 0..1: 0 ignores the image (straight lines), 1 follows edges as hard as it can
     */
    public LiveWire(Image2D image, double sensitivity) {
        this.width = image.width();
        this.height = image.height();
        this.edgeCost = cost(image.toGray().plane(0), width, height, Math.max(0, Math.min(1, sensitivity)));
    }

    /** Sobel magnitude turned into a per-pixel cost in [1 - s, 1], with s the sensitivity. */
    private static float[] cost(float[] p, int w, int h, double s) {
        float[] g = new float[w * h];
        float max = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float gx = (p[i - w + 1] + 2 * p[i + 1] + p[i + w + 1]) - (p[i - w - 1] + 2 * p[i - 1] + p[i + w - 1]);
                float gy = (p[i + w - 1] + 2 * p[i + w] + p[i + w + 1]) - (p[i - w - 1] + 2 * p[i - w] + p[i - w + 1]);
                g[i] = (float) Math.sqrt(gx * gx + gy * gy);
                max = Math.max(max, g[i]);
            }
        }
        float[] c = new float[w * h];
        for (int i = 0; i < c.length; i++) {
            double fg = max == 0 ? 1 : 1 - g[i] / max;
            // squaring f_G sharpens the preference for the strongest edge over a merely textured one
            c[i] = (float) ((1 - s) + s * fg * fg) + 1e-3f;
        }
        return c;
    }

    /** The cheapest path of pixels from (x0, y0) to (x1, y1), both included (clamped into the image). */
    public List<int[]> path(int x0, int y0, int x1, int y1) {
        x0 = clamp(x0, width);
        x1 = clamp(x1, width);
        y0 = clamp(y0, height);
        y1 = clamp(y1, height);
        int bx0 = Math.max(0, Math.min(x0, x1) - MARGIN), by0 = Math.max(0, Math.min(y0, y1) - MARGIN);
        int bx1 = Math.min(width - 1, Math.max(x0, x1) + MARGIN), by1 = Math.min(height - 1, Math.max(y0, y1) + MARGIN);
        int bw = bx1 - bx0 + 1, bh = by1 - by0 + 1;
        double[] dist = new double[bw * bh];
        int[] from = new int[bw * bh];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(from, -1);
        int start = (y0 - by0) * bw + x0 - bx0, goal = (y1 - by0) * bw + x1 - bx0;
        dist[start] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((p, q) -> Double.compare(p[0], q[0]));
        queue.add(new double[]{0, start});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int i = (int) top[1];
            if (top[0] > dist[i]) {
                continue;
            }
            if (i == goal) {
                break;
            }
            int x = i % bw, y = i / bw;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx, ny = y + dy;
                    if ((dx | dy) == 0 || nx < 0 || ny < 0 || nx >= bw || ny >= bh) {
                        continue;
                    }
                    int j = ny * bw + nx;
                    double step = (dx != 0 && dy != 0 ? Math.sqrt(2) : 1) * edgeCost[(ny + by0) * width + nx + bx0];
                    if (dist[i] + step < dist[j]) {
                        dist[j] = dist[i] + step;
                        from[j] = i;
                        queue.add(new double[]{dist[j], j});
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = goal; i != -1; i = from[i]) {
            out.add(0, new int[]{i % bw + bx0, i / bw + by0});
            if (i == start) {
                break;
            }
        }
        return out;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
