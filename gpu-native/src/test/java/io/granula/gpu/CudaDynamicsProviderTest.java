package io.granula.gpu;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.PixelDynamicsFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a usable CUDA engine (no driver here, no kernels in this release) GPU requests end on the CPU, with a reason. */
class CudaDynamicsProviderTest {
    @Test
    void probeNeverThrowsAndSaysWhy() {
        CudaStatus status = CudaProbe.probe();
        if (!status.available()) {
            assertThat(status.detail()).isNotBlank();
        }
        assertThat(new CudaDynamicsProvider().availability().available()).isFalse();
    }

    @Test
    void providerIsFoundOnTheClassPathAndGpuRequestsFallBackToTheCpuWithANote() {
        PixelDynamicsFactory.Choice choice = PixelDynamicsFactory.fromClassPath().choose(PixelDynamicsFactory.Device.GPU);

        assertThat(choice.dynamics()).isInstanceOf(CpuPixelDynamics.class);
        assertThat(choice.note()).contains("cuda:").contains("using the CPU");
    }

    @Test
    void autoChoosesTheCpuQuietly() {
        PixelDynamicsFactory.Choice choice = PixelDynamicsFactory.fromClassPath().choose(PixelDynamicsFactory.Device.AUTO);

        assertThat(choice.dynamics()).isInstanceOf(CpuPixelDynamics.class);
        assertThat(choice.note()).isEmpty();
    }
}
