package io.granula.core.dynamics;

/**
 * A pixel-dynamics engine other than the built-in CPU one (gpu-native's CUDA implementation),
 * found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/io.granula.core.dynamics.PixelDynamicsProvider}.
 * {@link #availability()} must not throw when the driver or device is missing (catch
 * {@link LinkageError} around native calls) but say why it cannot run.
 */
public interface PixelDynamicsProvider {
    /** Availability of this engine on this machine. */
    record Availability(boolean available, String reason) {
        public static Availability yes() {
            return new Availability(true, "");
        }

        public static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }

    /** Short name, e.g. "cuda". */
    String name();

    Availability availability();

    /** Only called when {@link #availability()} said yes. */
    PixelDynamics create();
}
