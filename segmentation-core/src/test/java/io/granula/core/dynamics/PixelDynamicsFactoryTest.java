package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelDynamicsFactoryTest {
    /** A provider standing in for gpu-native: it runs the CPU engine under another name. */
    private static PixelDynamicsProvider provider(boolean available) {
        return new PixelDynamicsProvider() {
            @Override
            public String name() {
                return "test-gpu";
            }

            @Override
            public Availability availability() {
                return available ? Availability.yes() : Availability.no("no driver");
            }

            @Override
            public PixelDynamics create() {
                return new PixelDynamics() {
                    @Override
                    public String device() {
                        return "test-gpu";
                    }

                    @Override
                    public MaskResult computeMasks(FlowField flows, DynamicsParameters parameters, ProgressMonitor progress) {
                        return new CpuPixelDynamics().computeMasks(flows, parameters, progress);
                    }
                };
            }
        };
    }

    @Test
    void gpuWithoutAProviderIsRefusedWithTheReasonAndTheWayOut() {
        assertThatThrownBy(() -> new PixelDynamicsFactory(List.of()).choose(PixelDynamicsFactory.Device.GPU))
                .isInstanceOf(GpuUnavailableException.class)
                .hasMessageContaining("no GPU post-processing module is installed")
                .hasMessageContaining("--device auto or --device cpu");
    }

    @Test
    void anUnavailableProviderIsNamedWhenTheGpuIsRefused() {
        assertThatThrownBy(() -> new PixelDynamicsFactory(List.of(provider(false))).choose(PixelDynamicsFactory.Device.GPU))
                .isInstanceOf(GpuUnavailableException.class)
                .hasMessageContaining("test-gpu: no driver");
    }

    @Test
    void autoTakesAnAvailableProviderFallsBackToTheCpuWithoutOneAndCpuNeverTakesIt() {
        PixelDynamicsFactory f = new PixelDynamicsFactory(List.of(provider(true)));
        assertThat(f.choose(PixelDynamicsFactory.Device.AUTO).device()).isEqualTo("test-gpu");
        assertThat(f.choose(PixelDynamicsFactory.Device.GPU).device()).isEqualTo("test-gpu");
        assertThat(f.choose(PixelDynamicsFactory.Device.CPU)).isInstanceOf(CpuPixelDynamics.class);
        assertThat(new PixelDynamicsFactory(List.of(provider(false))).choose(PixelDynamicsFactory.Device.AUTO))
                .isInstanceOf(CpuPixelDynamics.class);
    }

    @Test
    void deviceNamesParseCaseInsensitivelyAndBadOnesAreRefused() {
        assertThat(PixelDynamicsFactory.Device.parse("GPU")).isEqualTo(PixelDynamicsFactory.Device.GPU);
        assertThatThrownBy(() -> PixelDynamicsFactory.Device.parse("tpu")).hasMessageContaining("auto, cpu or gpu");
    }
}
