package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.util.Map;

/**
 * What every {@link PixelDynamics} does once its masks are found, whatever device found them: Cellpose's
 * flow-error quality control ({@link RemoveBadFlowMasks}, when the flow threshold is positive), then
 * {@code utils.fill_holes_and_remove_small_masks} ({@link FillHolesAndRemoveSmallMasks}). One place, so
 * the CPU and GPU paths cannot drift apart after the step where they are compared label for label.
 * Adds {@code flow_qc}, {@code fill_holes} and {@code total} to the stage timings (ms).
 */
public final class MaskCleanUp {
    private MaskCleanUp() {
    }

    /**
     * @param labels the masks as found, changed in place
     * @param n      their count
     * @param start  {@link System#nanoTime()} when the dynamics began, for {@code total}
     */
    public static MaskResult finish(FlowField flows, int[] labels, int n, DynamicsParameters p, ProgressMonitor progress,
                                    Map<String, Double> ms, long start, String device) {
        int threads = Math.max(1, p.threads());
        long t = System.nanoTime();
        progress.update(0.6, "quality control");
        if (n > 0 && p.flowThreshold() > 0) {
            n = RemoveBadFlowMasks.apply(labels, n, flows, p.flowThreshold(), threads, progress.sub(0.6, 0.9));
        }
        t = lap(ms, "flow_qc", t);
        progress.update(0.9, "filling holes");
        n = FillHolesAndRemoveSmallMasks.apply(labels, flows.width(), flows.height(), n, p.minSize(), threads, progress);
        lap(ms, "fill_holes", t);
        ms.put("total", (System.nanoTime() - start) / 1e6);
        progress.update(1, n + " objects");
        return new MaskResult(new LabelImage(flows.width(), flows.height(), labels), ms, device);
    }

    /** Records the time since {@code since} as {@code stage} and returns now. */
    public static long lap(Map<String, Double> ms, String stage, long since) {
        long now = System.nanoTime();
        ms.put(stage, (now - since) / 1e6);
        return now;
    }
}
