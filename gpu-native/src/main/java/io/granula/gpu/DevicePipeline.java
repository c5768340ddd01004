package io.granula.gpu;

import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.FollowFlows;
import io.granula.core.dynamics.GetMasks;
import io.granula.core.dynamics.MaskCleanUp;
import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;
import jcuda.driver.CUdeviceptr;

import java.util.Map;

/**
 * Core's FollowFlows + GetMasks as kernel launches (granula_kernels.cu): step field, Euler steps
 * of every moving pixel (in chunks, with progress and cancel between them), end-point histogram,
 * seeds, seed growth, label assignment; seed order, big-mask removal and renumbering on the host
 * ({@link SeedLabels}). Images must be at least 2x2.
 */
final class DevicePipeline {
    /** Moving pixels per follow launch: progress and cancel between launches. */
    static final int FOLLOW_CHUNK = 1 << 20;

    private DevicePipeline() {
    }

    /** Labels renumbered 1..N as core's GetMasks.run gives them; adds follow_flows and get_masks to {@code ms}. */
    static GetMasks.Labels run(DeviceOps ops, FlowField flows, DynamicsParameters p, ProgressMonitor progress,
                               Map<String, Double> ms) {
        int w = flows.width();
        int h = flows.height();
        int n = w * h;
        float threshold = (float) p.cellprobThreshold();
        long t = System.nanoTime();
        int[] pixels = FollowFlows.movingPixels(flows.cellprob(), threshold);
        int m = pixels.length;
        CUdeviceptr field = ops.zeros4(2L * (w + 2) * (h + 2));
        CUdeviceptr dy = ops.upload(flows.dy());
        CUdeviceptr dx = ops.upload(flows.dx());
        CUdeviceptr cp = ops.upload(flows.cellprob());
        // sx, sy: (float) (2.0 / (L - 1)) as FollowFlows.stepField
        ops.launch("gr_step_field_kernel", n, dy, dx, cp, threshold, (float) (2.0 / (w - 1)), (float) (2.0 / (h - 1)),
                w, n, field);
        CUdeviceptr dPixels = ops.upload(pixels);
        CUdeviceptr bins = ops.zeros4(m);
        float halfW = (float) w / 2f;
        float halfH = (float) h / 2f;
        for (int from = 0; from < Math.max(m, 1); from += FOLLOW_CHUNK) {
            int count = Math.min(FOLLOW_CHUNK, m - from);
            ops.launch("gr_follow_kernel", count, field, dPixels.withByteOffset(4L * from), count, w, h, halfW, halfH,
                    (float) (w - 1), (float) (h - 1), p.niter(), bins.withByteOffset(4L * from));
            progress.update(m == 0 ? 0.5 : 0.5 * (from + count) / m, "following flows");
            progress.checkCancelled();
        }
        t = MaskCleanUp.lap(ms, "follow_flows", t);

        int hw = w + 2 * GetMasks.RPAD;
        int hh = h + 2 * GetMasks.RPAD;
        CUdeviceptr hist = ops.zeros4((long) hw * hh);
        ops.launch("gr_histogram_kernel", m, bins, m, hist);
        int capacity = m / 11 + 1; // a seed holds more than 10 end points in its own bin
        CUdeviceptr keys = ops.alloc(8L * capacity);
        CUdeviceptr found = ops.zeros4(1);
        ops.launch("gr_seeds_kernel", (long) hw * hh, hist, hw, hh, keys, capacity, found);
        int nSeeds = ops.downloadInts(found, 1)[0];
        if (nSeeds > capacity) {
            throw new IllegalStateException("seed kernel found " + nSeeds + " seeds, more than " + m + " end points allow");
        }
        int[] seeds = SeedLabels.sortedSeeds(ops.downloadLongs(keys, nSeeds), nSeeds);
        CUdeviceptr dSeeds = ops.upload(seeds);
        CUdeviceptr binLabel = ops.zeros4((long) hw * hh);
        ops.launch("gr_grow_kernel", nSeeds, hist, hw, dSeeds, nSeeds, binLabel);
        CUdeviceptr dLabels = ops.zeros4(n);
        ops.launch("gr_assign_kernel", m, dPixels, bins, m, binLabel, dLabels);
        int[] labels = ops.downloadInts(dLabels, n);
        int count = SeedLabels.finish(labels, nSeeds, w, h, p.maxSizeFraction());
        MaskCleanUp.lap(ms, "get_masks", t);
        return new GetMasks.Labels(labels, count);
    }
}
