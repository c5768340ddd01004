package io.granula.core.export;

import java.util.Arrays;

/**
 * Fills polygons given in pixel-corner coordinates (pixel (x, y) covers [x, x+1] x [y, y+1], the convention
 * of COCO, GeoJSON from QuPath, and our traced outlines): a pixel is inside when its centre is, by the
 * even-odd rule. A traced outline therefore fills back to exactly the pixels it was traced from.
 */
public final class PolygonRasterizer {
    private PolygonRasterizer() {
    }

    /**
     * Sets {@code mask[y * width + x] = true} for the pixels inside the polygon.
     *
     * @param xy interleaved vertex coordinates x0, y0, x1, y1, ... (closing vertex optional)
     */
    public static void fill(double[] xy, boolean[] mask, int width, int height) {
        int n = xy.length / 2;
        if (n < 3) {
            return;
        }
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minY = Math.min(minY, xy[2 * i + 1]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
        }
        int y0 = Math.max(0, (int) Math.ceil(minY - 0.5));
        int y1 = Math.min(height - 1, (int) Math.floor(maxY - 0.5));
        double[] crossings = new double[n];
        for (int y = y0; y <= y1; y++) {
            double yc = y + 0.5;
            int k = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double ya = xy[2 * j + 1], yb = xy[2 * i + 1];
                if ((ya <= yc) != (yb <= yc)) { // half-open rule: each crossing counted once
                    double xa = xy[2 * j], xb = xy[2 * i];
                    crossings[k++] = xa + (yc - ya) * (xb - xa) / (yb - ya);
                }
            }
            Arrays.sort(crossings, 0, k);
            for (int c = 0; c + 1 < k; c += 2) {
                int from = Math.max(0, (int) Math.ceil(crossings[c] - 0.5));
                int to = Math.min(width - 1, (int) Math.ceil(crossings[c + 1] - 0.5) - 1);
                for (int x = from; x <= to; x++) {
                    mask[y * width + x] = true;
                }
            }
        }
    }
}
