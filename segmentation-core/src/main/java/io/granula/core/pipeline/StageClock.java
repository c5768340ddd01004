package io.granula.core.pipeline;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Wall and CPU time of one analysis stage, recorded into a run's stage times: the wall milliseconds
 * under the stage's own key, the process's CPU milliseconds (every thread: the network's intra-op
 * threads, the dynamics' workers, the JIT and the collector) under key + {@link #CPU_SUFFIX}
 * ({@code network.cpu}). On a machine shared with other work wall time grows with the load while CPU time does not, so speed
 * comparisons read the CPU keys. Process CPU counts other threads of the same process too; the
 * command line analyses one image at a time, so there it is the image's own.
 */
public final class StageClock {
    /**
     * Suffix of the stage keys that hold process CPU milliseconds instead of wall milliseconds: a
     * suffix after a dot, so readers that pick stages by name ({@code *network}, {@code *dynamics_*}) skip them.
     */
    public static final String CPU_SUFFIX = ".cpu";
    private static final java.lang.management.OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private final long wall0;
    private final long cpu0;

    private StageClock(long wall0, long cpu0) {
        this.wall0 = wall0;
        this.cpu0 = cpu0;
    }

    public static StageClock start() {
        return new StageClock(System.nanoTime(), processCpuNanos());
    }

    /** Adds this stage's wall and CPU milliseconds since {@link #start()} to {@code key} and its CPU key. */
    public void stop(Map<String, Double> millis, String key) {
        millis.merge(key, (System.nanoTime() - wall0) / 1e6, Double::sum);
        stopCpu(millis, key);
    }

    /** As {@link #stop}, the CPU milliseconds only: for a stage whose wall time is recorded by its own parts. */
    public void stopCpu(Map<String, Double> millis, String key) {
        long cpu = processCpuNanos();
        if (cpu >= 0 && cpu0 >= 0) {
            millis.merge(key + CPU_SUFFIX, (cpu - cpu0) / 1e6, Double::sum);
        }
    }

    /** The process's CPU time in nanoseconds, or -1 where the JVM does not report it. */
    static long processCpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
