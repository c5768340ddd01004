package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;

/**
 * Quality control, Cellpose's {@code dynamics.remove_bad_flow_masks} with {@code flow_error}:
 * recompute flows from the masks (heat diffusion, {@link HeatDiffusion}) and drop every mask whose
 * error {@code mean over its pixels of (dy_mask - dy_net/5)^2 + (dx_mask - dx_net/5)^2} exceeds
 * the threshold; the survivors are renumbered in raster order.
 *
 * <p>Cellpose diffuses all masks together over the whole image, which is most of its run time;
 * here each mask is diffused in its own bounding box, in parallel, with identical arithmetic.
 * The mean is numpy's (pairwise summation, {@link #numpySum}), so errors match to the last bit.
 */
public final class RemoveBadFlowMasks {
    private RemoveBadFlowMasks() {
    }

    /**
     * @param labels masks 1..n, modified in place
     * @param flows  the network output (unmasked dP, as Cellpose passes it)
     * @return the number of masks kept
     */
    public static int apply(int[] labels, int n, FlowField flows, double threshold, int threads, ProgressMonitor progress) {
        double[] errors = flowErrors(labels, n, flows, threads, progress);
        boolean[] drop = new boolean[n + 1];
        boolean any = false;
        for (int l = 1; l <= n; l++) {
            if (errors[l] > threshold) {
                drop[l] = true;
                any = true;
            }
        }
        if (!any) {
            return n;
        }
        LabelRenumbering.remove(labels, drop);
        return LabelRenumbering.renumber(labels);
    }

    /** Cellpose's flow_error for labels 1..n (index 0 unused). */
    public static double[] flowErrors(int[] labels, int n, FlowField flows, int threads, ProgressMonitor progress) {
        int w = flows.width();
        ObjectBoxes boxes = ObjectBoxes.of(labels, w, flows.height(), n);
        int[] centers = HeatDiffusion.centers(labels, w, boxes);
        int niter = HeatDiffusion.iterations(boxes);
        boolean single = HeatDiffusion.singlePrecision(w, flows.height());
        float[] netY = flows.dy();
        float[] netX = flows.dx();
        double[] errors = new double[n + 1];
        Workers.forRange(threads, n, 1, progress, (from, to) -> {
            for (int l = from + 1; l <= to; l++) {
                if (boxes.count[l] == 0) {
                    continue;
                }
                int bw = boxes.width(l);
                int bh = boxes.height(l);
                double[] my = new double[bw * bh];
                double[] mx = new double[bw * bh];
                HeatDiffusion.unitFlows(labels, w, boxes, l, centers[l], niter, single, my, mx);
                double[] err = new double[boxes.count[l]];
                int k = 0;
                for (int y = 0; y < bh; y++) {
                    int row = (boxes.y0[l] + y) * w + boxes.x0[l];
                    for (int x = 0; x < bw; x++) {
                        if (labels[row + x] == l) {
                            // numpy: dP_masks (float64) - dP_net / 5. (float32), squared, summed over the 2 axes
                            double ey = my[y * bw + x] - (double) (netY[row + x] / 5f);
                            double ex = mx[y * bw + x] - (double) (netX[row + x] / 5f);
                            err[k++] = ey * ey + ex * ex;
                        }
                    }
                }
                errors[l] = numpySum(err, 0, err.length) / err.length;
            }
        });
        return errors;
    }

    /**
     * numpy's pairwise summation of float64 (numpy/core/src/umath/loops_utils.h.src,
     * pairwise_sum_DOUBLE): 8 accumulators up to 128 values, halves above.
     */
    static double numpySum(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= 128) {
            double r0 = a[from], r1 = a[from + 1], r2 = a[from + 2], r3 = a[from + 3];
            double r4 = a[from + 4], r5 = a[from + 5], r6 = a[from + 6], r7 = a[from + 7];
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return numpySum(a, from, n2) + numpySum(a, from + n2, n - n2);
    }
}
