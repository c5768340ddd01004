package io.granula.gpu;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.PixelDynamics;

import java.util.function.Consumer;

/**
 * Chooses the pixel-dynamics implementation for {@code --device auto|cpu|gpu}. The CUDA
 * post-processor is not part of this release, so every request ends on the CPU; a GPU request
 * says why on the warning channel instead of failing, as the design notes ask.
 */
public final class DynamicsDevices {
    private DynamicsDevices() {
    }

    public static PixelDynamics select(String device, Consumer<String> warnings) {
        switch (device) {
            case "cpu", "auto" -> {
                return new CpuPixelDynamics();
            }
            case "gpu" -> {
                CudaStatus status = CudaProbe.probe();
                if (!status.available()) {
                    warnings.accept("GPU requested but " + status.detail() + "; running on the CPU instead");
                } else {
                    warnings.accept("GPU " + status.detail() + " found, but this version has no CUDA post-processor; running on the CPU");
                }
                return new CpuPixelDynamics();
            }
            default -> throw new IllegalArgumentException("unknown device '" + device + "': use auto, cpu or gpu");
        }
    }
}
