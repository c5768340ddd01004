package io.granula.core.dynamics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Picks the pixel-dynamics engine for a device request: {@code cpu} is always
 * {@link CpuPixelDynamics}; {@code gpu} and {@code auto} take the first available
 * {@link PixelDynamicsProvider} (gpu-native plugs in here) and log which device runs. Without
 * one, {@code auto} falls back to the CPU with one log line saying why, and {@code gpu} fails with
 * {@link GpuUnavailableException} (a user who asks for the GPU must not silently wait on the CPU).
 */
public final class PixelDynamicsFactory {
    private static final Logger LOG = LoggerFactory.getLogger(PixelDynamicsFactory.class);

    /** What the user asked for ({@code --device auto|cpu|gpu}). */
    public enum Device {
        AUTO, CPU, GPU;

        public static Device parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("device must be auto, cpu or gpu, not '" + text + "'");
            }
        }
    }

    private final List<PixelDynamicsProvider> providers;

    public PixelDynamicsFactory(List<PixelDynamicsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers on the class path (ServiceLoader). */
    public static PixelDynamicsFactory fromClassPath() {
        List<PixelDynamicsProvider> found = new ArrayList<>();
        ServiceLoader.load(PixelDynamicsProvider.class).forEach(found::add);
        return new PixelDynamicsFactory(found);
    }

    /**
     * @throws GpuUnavailableException when {@code device} is GPU and no provider is available
     */
    public PixelDynamics choose(Device device) {
        if (device == Device.CPU) {
            return new CpuPixelDynamics();
        }
        List<String> reasons = new ArrayList<>();
        for (PixelDynamicsProvider p : providers) {
            PixelDynamicsProvider.Availability a = p.availability();
            if (a.available()) {
                PixelDynamics chosen = p.create();
                LOG.info("pixel dynamics on {}", chosen.device());
                return chosen;
            }
            reasons.add(p.name() + ": " + a.reason());
        }
        String why = reasons.isEmpty() ? "no GPU post-processing module is installed" : String.join("; ", reasons);
        if (device == Device.AUTO) {
            LOG.info("pixel dynamics on the CPU: no usable GPU ({})", why);
            return new CpuPixelDynamics();
        }
        throw new GpuUnavailableException("no usable GPU (" + why + "); use --device auto or --device cpu");
    }
}
