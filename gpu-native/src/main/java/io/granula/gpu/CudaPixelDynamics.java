package io.granula.gpu;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.FillHolesAndRemoveSmallMasks;
import io.granula.core.dynamics.FollowFlows;
import io.granula.core.dynamics.GetMasks;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.RemoveBadFlowMasks;
import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import jcuda.CudaException;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flows to masks with the Euler steps and the mask building on the GPU (kernels in
 * {@code src/main/cuda}), the same stages and the same labels as core's {@link CpuPixelDynamics}:
 * step field, {@code niter} steps per moving pixel (plain steps: the CPU's early stops are exact,
 * so both end on the same float bits), end-point histogram, seeds, seed growth, label assignment
 * on the device; seed order, big-mask removal and renumbering on the host ({@link SeedLabels});
 * quality control and hole filling on the CPU with core's classes (the flow-error kernel is there,
 * heat diffusion is not on the GPU yet). A CUDA failure (out of device memory, a lost device)
 * finishes the image on the CPU with one warning rather than failing it.
 *
 * <p>Stage timings (ms): {@code follow_flows}, {@code get_masks}, {@code flow_qc},
 * {@code fill_holes}, {@code total}, as the CPU engine reports them.
 */
public final class CudaPixelDynamics implements PixelDynamics {
    private static final Logger LOG = LoggerFactory.getLogger(CudaPixelDynamics.class);
    /** Moving pixels per follow launch: progress and cancel between launches, under a second each. */
    private static final int FOLLOW_CHUNK = 1 << 20;

    private final CudaKernels kernels;

    CudaPixelDynamics(CudaKernels kernels) {
        this.kernels = kernels;
    }

    @Override
    public String device() {
        return "cuda (" + kernels.deviceName() + ")";
    }

    @Override
    public MaskResult computeMasks(FlowField flows, DynamicsParameters p, ProgressMonitor progress) {
        int w = flows.width();
        int h = flows.height();
        if (w < 2 || h < 2) {
            return new CpuPixelDynamics().computeMasks(flows, p, progress);
        }
        Map<String, Double> ms = new LinkedHashMap<>();
        long start = System.nanoTime();
        GetMasks.Labels masks;
        try {
            masks = onDevice(flows, p, progress, ms);
        } catch (CudaException e) {
            LOG.warn("the GPU ({}) failed on this image ({}); it runs on the CPU instead", kernels.deviceName(), e.getMessage());
            return new CpuPixelDynamics().computeMasks(flows, p, progress);
        }
        long t = System.nanoTime();
        int[] labels = masks.labels();
        int n = masks.count();
        progress.update(0.6, "quality control");
        int threads = Math.max(1, p.threads());
        if (n > 0 && p.flowThreshold() > 0) {
            n = RemoveBadFlowMasks.apply(labels, n, flows, p.flowThreshold(), threads, progress.sub(0.6, 0.9));
        }
        t = lap(ms, "flow_qc", t);
        progress.update(0.9, "filling holes");
        n = FillHolesAndRemoveSmallMasks.apply(labels, w, h, n, p.minSize(), threads, progress);
        lap(ms, "fill_holes", t);
        ms.put("total", (System.nanoTime() - start) / 1e6);
        progress.update(1, n + " objects");
        return new MaskResult(new LabelImage(w, h, labels), ms, device());
    }

    /** Labels after mask building, renumbered 1..N, as core's GetMasks.run gives them. */
    private GetMasks.Labels onDevice(FlowField flows, DynamicsParameters p, ProgressMonitor progress, Map<String, Double> ms) {
        int w = flows.width();
        int h = flows.height();
        int n = w * h;
        float threshold = (float) p.cellprobThreshold();
        int[] pixels = FollowFlows.movingPixels(flows.cellprob(), threshold);
        int m = pixels.length;
        long t = System.nanoTime();
        synchronized (kernels) {
            kernels.bind();
            try (DeviceMemory mem = new DeviceMemory()) {
                CUdeviceptr field = mem.zeros4(2L * (w + 2) * (h + 2));
                CUdeviceptr dPixels = mem.upload(pixels);
                CUdeviceptr bins = mem.zeros4(m);
                {
                    CUdeviceptr dy = mem.upload(flows.dy());
                    CUdeviceptr dx = mem.upload(flows.dx());
                    CUdeviceptr cp = mem.upload(flows.cellprob());
                    // (float) (2.0 / (L - 1)) as FollowFlows.stepField
                    kernels.launch(kernels.stepField, n, params(dy, dx, cp, threshold, (float) (2.0 / (w - 1)),
                            (float) (2.0 / (h - 1)), w, n, field));
                }
                float halfW = (float) w / 2f;
                float halfH = (float) h / 2f;
                for (int from = 0; from < m; from += FOLLOW_CHUNK) {
                    int count = Math.min(FOLLOW_CHUNK, m - from);
                    kernels.launch(kernels.follow, count, params(dPixels.withByteOffset(4L * from), count, w, h, halfW, halfH,
                            (float) (w - 1), (float) (h - 1), p.niter(), bins.withByteOffset(4L * from)));
                    progress.update(0.5 * (from + count) / m, "following flows");
                    progress.checkCancelled();
                }
                t = lap(ms, "follow_flows", t);
                int hw = w + 2 * GetMasks.RPAD;
                int hh = h + 2 * GetMasks.RPAD;
                CUdeviceptr hist = mem.zeros4((long) hw * hh);
                kernels.launch(kernels.histogram, m, params(bins, m, hist));
                // every seed holds more than 10 end points in its own bin: at most m / 11 of them
                int capacity = m / 11 + 1;
                CUdeviceptr keys = mem.alloc(8L * capacity);
                CUdeviceptr found = mem.zeros4(1);
                kernels.launch(kernels.seeds, (long) hw * hh, params(hist, hw, hh, keys, capacity, found));
                int nSeeds = DeviceMemory.downloadInts(found, 1)[0];
                int[] seeds = SeedLabels.sortedSeeds(DeviceMemory.downloadLongs(keys, nSeeds), nSeeds);
                CUdeviceptr dSeeds = mem.upload(seeds);
                CUdeviceptr binLabel = mem.zeros4((long) hw * hh);
                kernels.launch(kernels.grow, nSeeds, params(hist, hw, dSeeds, nSeeds, binLabel));
                CUdeviceptr dLabels = mem.zeros4(n);
                kernels.launch(kernels.assign, m, params(dPixels, bins, m, binLabel, dLabels));
                int[] labels = DeviceMemory.downloadInts(dLabels, n);
                int count = SeedLabels.finish(labels, nSeeds, w, h, p.maxSizeFraction());
                lap(ms, "get_masks", t);
                return new GetMasks.Labels(labels, count);
            }
        }
    }

    /** Kernel parameters: device pointers, ints and floats in declaration order. */
    private static Pointer params(Object... values) {
        Pointer[] ps = new Pointer[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof CUdeviceptr d) {
                ps[i] = Pointer.to(d);
            } else if (v instanceof Integer k) {
                ps[i] = Pointer.to(new int[] {k});
            } else if (v instanceof Float f) {
                ps[i] = Pointer.to(new float[] {f});
            } else {
                throw new IllegalArgumentException("unsupported kernel parameter " + v);
            }
        }
        return Pointer.to(ps);
    }

    private static long lap(Map<String, Double> ms, String stage, long since) {
        long now = System.nanoTime();
        ms.put(stage, (now - since) / 1e6);
        return now;
    }
}
