package io.granula.gpu;

import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.PixelDynamicsProvider;
import jcuda.CudaException;

/**
 * The CUDA engine's entry in core's {@link io.granula.core.dynamics.PixelDynamicsFactory}. A GPU
 * counts as usable only when the driver answers, a device is there and the driver accepts the
 * shipped kernels (JIT of the PTX); this is tried once per process, never throws, and a machine
 * without a GPU (every CI run) gets a sentence saying why.
 */
public final class CudaDynamicsProvider implements PixelDynamicsProvider {
    private static volatile Loaded loaded;

    /** The outcome of loading the kernels: the kernels, or why there are none. */
    private record Loaded(CudaKernels kernels, String reason) {
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public Availability availability() {
        Loaded l = load();
        return l.kernels() != null ? Availability.yes() : Availability.no(l.reason());
    }

    @Override
    public PixelDynamics create() {
        Loaded l = load();
        if (l.kernels() == null) {
            throw new IllegalStateException("no usable GPU: " + l.reason());
        }
        return new CudaPixelDynamics(l.kernels());
    }

    private static Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (CudaDynamicsProvider.class) {
                l = loaded;
                if (l == null) {
                    l = tryLoad();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private static Loaded tryLoad() {
        CudaStatus status = CudaProbe.probe();
        if (!status.available()) {
            return new Loaded(null, status.detail());
        }
        try {
            return new Loaded(CudaKernels.load(), "");
        } catch (LinkageError | CudaException e) {
            return new Loaded(null, "GPU " + status.detail() + " found, but its driver cannot load Granula's kernels ("
                    + e.getMessage() + "); a CUDA 12 or newer driver is needed");
        } catch (RuntimeException e) {
            return new Loaded(null, "GPU " + status.detail() + " found, but the kernels failed to load: " + e.getMessage());
        }
    }
}
