package io.granula.core.measure;

import java.util.Arrays;

/**
 * Per-label sums gathered in one raster pass: pixel count, first pixel, bounding box, first and second
 * coordinate moments (exact, in longs) and intensity sums. Rows are accumulated as runs of equal labels,
 * so the coordinate sums cost one update per run. Several instances (one per band of rows) are merged.
 */
final class PixelSums {
    final int n;
    final long[] count;
    final long[] sx, sy, sxx, syy, sxy;
    final int[] minX, minY, maxX, maxY;
    final long[] first; // raster index of the first pixel
    final double[] isum, isum2, imin, imax;

    PixelSums(int n, boolean intensity) {
        this.n = n;
        count = new long[n];
        sx = new long[n];
        sy = new long[n];
        sxx = new long[n];
        syy = new long[n];
        sxy = new long[n];
        minX = filled(n, Integer.MAX_VALUE);
        minY = filled(n, Integer.MAX_VALUE);
        maxX = filled(n, -1);
        maxY = filled(n, -1);
        first = new long[n];
        Arrays.fill(first, Long.MAX_VALUE);
        isum = intensity ? new double[n] : null;
        isum2 = intensity ? new double[n] : null;
        imin = intensity ? filledD(n, Double.POSITIVE_INFINITY) : null;
        imax = intensity ? filledD(n, Double.NEGATIVE_INFINITY) : null;
    }

    /** Accumulates rows {@code [y0, y1)}. */
    void scan(int[] labels, int width, LabelIndex index, float[] intensity, int y0, int y1) {
        for (int y = y0; y < y1; y++) {
            int row = y * width;
            int x = 0;
            while (x < width) {
                int label = labels[row + x];
                int start = x;
                do {
                    x++;
                } while (x < width && labels[row + x] == label);
                if (label != 0) {
                    addRun(index.indexOf(label), y, start, x - 1, row, intensity);
                }
            }
        }
    }

    private void addRun(int k, int y, int x0, int x1, int row, float[] intensity) {
        long len = x1 - x0 + 1;
        long sumX = (x0 + (long) x1) * len / 2;
        long sumX2 = squares(x1) - squares(x0 - 1L);
        first[k] = Math.min(first[k], row + x0);
        count[k] += len;
        sx[k] += sumX;
        sxx[k] += sumX2;
        sy[k] += y * len;
        syy[k] += (long) y * y * len;
        sxy[k] += y * sumX;
        minX[k] = Math.min(minX[k], x0);
        maxX[k] = Math.max(maxX[k], x1);
        minY[k] = Math.min(minY[k], y);
        maxY[k] = Math.max(maxY[k], y);
        if (intensity != null) {
            double s = 0, s2 = 0, lo = imin[k], hi = imax[k];
            for (int i = row + x0, end = row + x1; i <= end; i++) {
                double v = intensity[i];
                s += v;
                s2 += v * v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            isum[k] += s;
            isum2[k] += s2;
            imin[k] = lo;
            imax[k] = hi;
        }
    }

    /** Sum of i^2 for i = 0..k. */
    private static long squares(long k) {
        return k < 0 ? 0 : k * (k + 1) * (2 * k + 1) / 6;
    }

    void merge(PixelSums o) {
        for (int k = 0; k < n; k++) {
            if (o.count[k] == 0) {
                continue;
            }
            count[k] += o.count[k];
            sx[k] += o.sx[k];
            sy[k] += o.sy[k];
            sxx[k] += o.sxx[k];
            syy[k] += o.syy[k];
            sxy[k] += o.sxy[k];
            minX[k] = Math.min(minX[k], o.minX[k]);
            minY[k] = Math.min(minY[k], o.minY[k]);
            maxX[k] = Math.max(maxX[k], o.maxX[k]);
            maxY[k] = Math.max(maxY[k], o.maxY[k]);
            first[k] = Math.min(first[k], o.first[k]);
            if (isum != null) {
                isum[k] += o.isum[k];
                isum2[k] += o.isum2[k];
                imin[k] = Math.min(imin[k], o.imin[k]);
                imax[k] = Math.max(imax[k], o.imax[k]);
            }
        }
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        Arrays.fill(a, v);
        return a;
    }

    private static double[] filledD(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
