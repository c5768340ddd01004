package io.granula.gpu;

import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.PixelDynamicsProvider;

/**
 * The CUDA engine's entry in core's {@link io.granula.core.dynamics.PixelDynamicsFactory}. It
 * probes the driver without ever throwing, so a machine without a GPU (every CI run) gets the
 * CPU engine and, when the GPU was asked for, a sentence saying why.
 */
public final class CudaDynamicsProvider implements PixelDynamicsProvider {
    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public Availability availability() {
        CudaStatus status = CudaProbe.probe();
        if (!status.available()) {
            return Availability.no(status.detail());
        }
        // The kernels come with the GPU issue; until then a found GPU is reported, not used.
        return Availability.no("GPU " + status.detail() + " found, but this release has no CUDA post-processor yet");
    }

    @Override
    public PixelDynamics create() {
        throw new IllegalStateException("CUDA post-processor not available in this release");
    }
}
