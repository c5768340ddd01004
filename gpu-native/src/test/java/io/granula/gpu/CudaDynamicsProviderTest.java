package io.granula.gpu;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.GpuUnavailableException;
import io.granula.core.dynamics.PixelDynamicsFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Device choice through the class path's CUDA provider, on a machine without a GPU (and with one). */
class CudaDynamicsProviderTest {
    private static boolean gpuHere() {
        return CudaProbe.probe().available();
    }

    @Test
    void withoutADriverTheProviderSaysWhyAndNeverThrows() {
        Assumptions.assumeFalse(gpuHere(), "this machine has a GPU");
        CudaDynamicsProvider provider = new CudaDynamicsProvider();

        assertThat(provider.availability().available()).isFalse();
        assertThat(provider.availability().reason()).contains("CUDA driver");
        assertThatThrownBy(provider::create).hasMessageContaining("no usable GPU");
    }

    @Test
    void gpuWithoutADriverIsRefusedNamingTheCudaProvider() {
        Assumptions.assumeFalse(gpuHere(), "this machine has a GPU");

        assertThatThrownBy(() -> PixelDynamicsFactory.fromClassPath().choose(PixelDynamicsFactory.Device.GPU))
                .isInstanceOf(GpuUnavailableException.class)
                .hasMessageContaining("cuda: no CUDA driver found");
    }

    @Test
    void autoWithoutADriverFallsBackToTheCpu() {
        Assumptions.assumeFalse(gpuHere(), "this machine has a GPU");

        assertThat(PixelDynamicsFactory.fromClassPath().choose(PixelDynamicsFactory.Device.AUTO))
                .isInstanceOf(CpuPixelDynamics.class);
    }

    @Test
    void withAGpuAutoAndGpuTakeTheCudaEngineNamingTheDevice() {
        Assumptions.assumeTrue(gpuHere(), "no GPU here (" + CudaProbe.probe().detail() + ")");

        assertThat(PixelDynamicsFactory.fromClassPath().choose(PixelDynamicsFactory.Device.AUTO).device()).startsWith("cuda (");
        assertThat(PixelDynamicsFactory.fromClassPath().choose(PixelDynamicsFactory.Device.GPU)).isInstanceOf(CudaPixelDynamics.class);
    }
}
