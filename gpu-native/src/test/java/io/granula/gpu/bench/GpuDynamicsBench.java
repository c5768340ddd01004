package io.granula.gpu.bench;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.PixelDynamicsProvider;
import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import io.granula.gpu.CudaDynamicsProvider;
import io.granula.gpu.SyntheticScenes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Flows to masks on the CPU and on the GPU, the same flows in one run: ideal network flows of
 * synthetic ellipses (one object per 1500 px^2, about 20 px across) at 1024, 2048 and 4096 px,
 * with and without quality control. Prints the best of N wall times per device, the CPU/GPU ratio
 * and whether the labels are identical. Without a usable GPU it says why and times the CPU only.
 *
 * <p>{@code scripts/bench.sh gpu [SIZES...] [--threads N] [--repeats N]} (defaults 1024 2048 4096, 2, 3).
 */
public final class GpuDynamicsBench {
    private GpuDynamicsBench() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int threads = 2;
        int repeats = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1024, 2048, 4096);
        }
        CudaDynamicsProvider cuda = new CudaDynamicsProvider();
        PixelDynamicsProvider.Availability a = cuda.availability();
        PixelDynamics gpu = a.available() ? cuda.create() : null;
        System.out.println(gpu != null ? "GPU: " + gpu.device()
                : "no usable GPU (" + a.reason() + "): CPU half only");
        System.out.printf(Locale.ROOT, "%6s %4s %10s %10s %7s %s%n", "size", "qc", "cpu_ms", "gpu_ms", "ratio", "identical");
        for (int size : sizes) {
            LabelImage truth = SyntheticScenes.ellipses(size, size, size * size / 1500, size);
            FlowField flows = FlowsFromLabels.networkFlows(truth, Runtime.getRuntime().availableProcessors());
            for (boolean qc : new boolean[] {true, false}) {
                DynamicsParameters p = DynamicsParameters.defaults().withThreads(threads).withFlowThreshold(qc ? 0.4 : 0);
                Timed cpu = best(new CpuPixelDynamics(), flows, p, repeats);
                if (gpu == null) {
                    System.out.printf(Locale.ROOT, "%6d %4s %10.0f %10s %7s %s%n", size, qc ? "yes" : "no", cpu.ms, "-", "-", "-");
                    continue;
                }
                Timed onGpu = best(gpu, flows, p, repeats);
                boolean same = Arrays.equals(cpu.result.labels().labels(), onGpu.result.labels().labels());
                System.out.printf(Locale.ROOT, "%6d %4s %10.0f %10.0f %7.1f %s  gpu stages %s%n", size, qc ? "yes" : "no",
                        cpu.ms, onGpu.ms, cpu.ms / onGpu.ms, same, onGpu.result.stageMillis());
            }
        }
    }

    private record Timed(double ms, MaskResult result) {
    }

    private static Timed best(PixelDynamics d, FlowField flows, DynamicsParameters p, int repeats) {
        double bestMs = Double.MAX_VALUE;
        MaskResult last = null;
        for (int r = 0; r < repeats; r++) {
            long t = System.nanoTime();
            last = d.computeMasks(flows, p, ProgressMonitor.NONE);
            bestMs = Math.min(bestMs, (System.nanoTime() - t) / 1e6);
        }
        return new Timed(bestMs, last);
    }
}
