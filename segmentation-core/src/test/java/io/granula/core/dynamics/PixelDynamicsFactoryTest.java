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
    void gpuWithoutAProviderFallsBackToTheCpuAndSaysWhy() {
        PixelDynamicsFactory.Choice c = new PixelDynamicsFactory(List.of()).choose(PixelDynamicsFactory.Device.GPU);
        assertThat(c.dynamics()).isInstanceOf(CpuPixelDynamics.class);
        assertThat(c.note()).contains("GPU requested but not available").contains("using the CPU");
    }

    @Test
    void anUnavailableProviderIsNamedInTheNote() {
        PixelDynamicsFactory.Choice c = new PixelDynamicsFactory(List.of(provider(false))).choose(PixelDynamicsFactory.Device.GPU);
        assertThat(c.dynamics()).isInstanceOf(CpuPixelDynamics.class);
        assertThat(c.note()).contains("test-gpu: no driver");
    }

    @Test
    void autoTakesAnAvailableProviderAndCpuNeverDoes() {
        PixelDynamicsFactory f = new PixelDynamicsFactory(List.of(provider(true)));
        assertThat(f.choose(PixelDynamicsFactory.Device.AUTO).dynamics().device()).isEqualTo("test-gpu");
        assertThat(f.choose(PixelDynamicsFactory.Device.AUTO).note()).isEmpty();
        assertThat(f.choose(PixelDynamicsFactory.Device.CPU).dynamics()).isInstanceOf(CpuPixelDynamics.class);
        assertThat(new PixelDynamicsFactory(List.of(provider(false))).choose(PixelDynamicsFactory.Device.AUTO).note()).isEmpty();
    }

    @Test
    void deviceNamesParseCaseInsensitivelyAndBadOnesAreRefused() {
        assertThat(PixelDynamicsFactory.Device.parse("GPU")).isEqualTo(PixelDynamicsFactory.Device.GPU);
        assertThatThrownBy(() -> PixelDynamicsFactory.Device.parse("tpu")).hasMessageContaining("auto, cpu or gpu");
    }
}
