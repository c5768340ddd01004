package io.granula.core.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Picks the pixel-dynamics engine for a device request: {@code cpu} is always
 * {@link CpuPixelDynamics}; {@code gpu} and {@code auto} take the first available
 * {@link PixelDynamicsProvider} (gpu-native plugs in here) and fall back to the CPU, with a note
 * saying why when the GPU was asked for explicitly.
 */
public final class PixelDynamicsFactory {
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

    /** The engine chosen, and a message for the user when it is not what they asked for (else empty). */
    public record Choice(PixelDynamics dynamics, String note) {
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

    public Choice choose(Device device) {
        if (device == Device.CPU) {
            return new Choice(new CpuPixelDynamics(), "");
        }
        List<String> reasons = new ArrayList<>();
        for (PixelDynamicsProvider p : providers) {
            PixelDynamicsProvider.Availability a = p.availability();
            if (a.available()) {
                return new Choice(p.create(), "");
            }
            reasons.add(p.name() + ": " + a.reason());
        }
        if (device == Device.AUTO) {
            return new Choice(new CpuPixelDynamics(), "");
        }
        String why = reasons.isEmpty() ? "no GPU post-processing module is installed" : String.join("; ", reasons);
        return new Choice(new CpuPixelDynamics(), "GPU requested but not available (" + why + "); using the CPU");
    }
}
