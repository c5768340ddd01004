package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flows to instance masks on the CPU, step for step Cellpose's {@code dynamics.compute_masks}
 * followed by {@code utils.fill_holes_and_remove_small_masks}:
 * {@link FollowFlows} -> {@link GetMasks} -> {@link RemoveBadFlowMasks} (when the flow threshold
 * is positive) -> {@link FillHolesAndRemoveSmallMasks}. Gives the same masks as Cellpose (see
 * the class notes of each stage for the details that decide that) in a fraction of its time:
 * settled pixels stop moving, quality control diffuses each mask in its own box, and every
 * stage that can is spread over {@link DynamicsParameters#threads()} threads.
 *
 * <p>Stage timings (ms) in the result: {@code follow_flows}, {@code get_masks}, {@code flow_qc},
 * {@code fill_holes}, {@code total}.
 */
public final class CpuPixelDynamics implements PixelDynamics {
    @Override
    public String device() {
        return "cpu";
    }

    @Override
    public MaskResult computeMasks(FlowField flows, DynamicsParameters p, ProgressMonitor progress) {
        int threads = Math.max(1, p.threads());
        int w = flows.width();
        int h = flows.height();
        Map<String, Double> ms = new LinkedHashMap<>();
        long start = System.nanoTime();
        long t = start;
        int[] labels;
        int n;
        if (w < 2 || h < 2) {
            // grid_sample normalisation divides by (L - 1): Cellpose cannot run on such images either.
            labels = new int[w * h];
            n = 0;
        } else {
            Endpoints ends = FollowFlows.run(flows, (float) p.cellprobThreshold(), p.niter(), threads, progress.sub(0, 0.5));
            t = MaskCleanUp.lap(ms, "follow_flows", t);
            progress.checkCancelled();
            GetMasks.Labels masks = GetMasks.run(ends, p.maxSizeFraction(), threads);
            labels = masks.labels();
            n = masks.count();
            MaskCleanUp.lap(ms, "get_masks", t);
        }
        return MaskCleanUp.finish(flows, labels, n, p, progress, ms, start, "cpu (" + threads + " threads)");
    }
}
