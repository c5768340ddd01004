package io.granula.gpu;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.GetMasks;
import io.granula.core.dynamics.MaskCleanUp;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;
import jcuda.CudaException;
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
            synchronized (kernels) { // one image on the GPU at a time
                try (DeviceOps ops = new JCudaDeviceOps(kernels)) {
                    masks = DevicePipeline.run(ops, flows, p, progress, ms);
                }
            }
        } catch (CudaException e) {
            LOG.warn("the GPU ({}) failed on this image ({}); it runs on the CPU instead", kernels.deviceName(), e.getMessage());
            return new CpuPixelDynamics().computeMasks(flows, p, progress);
        }
        return MaskCleanUp.finish(flows, masks.labels(), masks.count(), p, progress, ms, start, device());
    }
}
