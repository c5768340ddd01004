package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

/**
 * Cellpose-style flows of a label image (Cellpose {@code dynamics.masks_to_flows_gpu}, as used by
 * {@code labels_to_flows} for training targets and by {@code flow_error} for quality control):
 * heat diffusion from each mask's centre, gradient normalised to unit length (see
 * {@link HeatDiffusion}). Objects are independent and run in parallel.
 *
 * <p>Scale: {@code dy, dx} are the unit vectors times {@code scale}. Cellpose trains its network
 * on 5x the unit flows and divides by 5 in its dynamics, so {@link #NETWORK_SCALE} gives flows
 * in the network's output convention (what {@code masks} reads from a .npy) and 1 gives Cellpose's
 * unit training targets. {@code cellprob} is a logit: {@link #CELLPROB_INSIDE} inside objects,
 * {@link #CELLPROB_OUTSIDE} outside (sigmoid 0.99995 / 0.00005).
 */
public final class FlowsFromLabels {
    /** Cellpose's network flows are 5x the unit flows. */
    public static final float NETWORK_SCALE = 5f;
    public static final float CELLPROB_INSIDE = 10f;
    public static final float CELLPROB_OUTSIDE = -10f;

    private FlowsFromLabels() {
    }

    /** Flows in the network's convention (|flow| = 5 inside objects). */
    public static FlowField networkFlows(LabelImage labels, int threads) {
        return compute(labels, NETWORK_SCALE, threads, ProgressMonitor.NONE);
    }

    /** Unit flows (Cellpose's training targets). */
    public static FlowField unitFlows(LabelImage labels, int threads) {
        return compute(labels, 1f, threads, ProgressMonitor.NONE);
    }

    /**
     * @param scale factor applied to the unit vectors (computed in double, stored as float)
     */
    public static FlowField compute(LabelImage labels, float scale, int threads, ProgressMonitor progress) {
        int w = labels.width();
        int h = labels.height();
        // Cellpose renumbers before computing flows; numbering does not change the flows.
        int[] lab = labels.labels().clone();
        int n = LabelRenumbering.renumber(lab);
        float[] dy = new float[w * h];
        float[] dx = new float[w * h];
        float[] cellprob = new float[w * h];
        for (int i = 0; i < lab.length; i++) {
            cellprob[i] = lab[i] != 0 ? CELLPROB_INSIDE : CELLPROB_OUTSIDE;
        }
        if (n == 0) {
            return new FlowField(w, h, dy, dx, cellprob);
        }
        ObjectBoxes boxes = ObjectBoxes.of(lab, w, h, n);
        int[] centers = HeatDiffusion.centers(lab, w, boxes);
        int niter = HeatDiffusion.iterations(boxes);
        boolean single = HeatDiffusion.singlePrecision(w, h);
        Workers.forRange(threads, n, 1, progress, (from, to) -> {
            for (int l = from + 1; l <= to; l++) {
                int bw = boxes.width(l);
                int bh = boxes.height(l);
                double[] ly = new double[bw * bh];
                double[] lx = new double[bw * bh];
                HeatDiffusion.unitFlows(lab, w, boxes, l, centers[l], niter, single, ly, lx);
                for (int y = 0; y < bh; y++) {
                    int row = (boxes.y0[l] + y) * w + boxes.x0[l];
                    for (int x = 0; x < bw; x++) {
                        if (lab[row + x] == l) {
                            dy[row + x] = (float) (ly[y * bw + x] * scale);
                            dx[row + x] = (float) (lx[y * bw + x] * scale);
                        }
                    }
                }
            }
        });
        return new FlowField(w, h, dy, dx, cellprob);
    }
}
