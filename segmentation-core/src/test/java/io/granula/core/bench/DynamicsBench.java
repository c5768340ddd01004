package io.granula.core.bench;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.ReferenceDynamics;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.eval.MatchMetrics;
import io.granula.core.flow.FlowField;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flows-to-masks benchmark: ideal flows of the StarDist nuclei labels (synthetic discs when the
 * shared data is absent) tiled to 1024, 2048 and 4096 px, run with and without quality control
 * by {@link CpuPixelDynamics} and, in the same run, by the single-threaded {@link ReferenceDynamics}
 * port (the baseline; 4096 only with {@code --reference-4096}). Prints milliseconds, the speed-up
 * over the reference and over Cellpose's times measured on this kind of machine (design notes:
 * 3.0 / 21 / 86 s with quality control, 0.7 / 2.7 / 11.6 s without, 2 threads), peak heap, whether
 * the masks are identical, and AP@0.5 / AP@0.9 against the tiled labels. Process CPU time is
 * printed next to wall time: on a shared, busy machine wall time mostly measures the other
 * tenants, while CPU time divided by the thread count estimates the idle-machine wall time.
 *
 * <p>Run from the repository root (2 threads, 2 GB heap):
 * <pre>
 * mvn -B -o -q -pl segmentation-core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -Xmx2g -cp segmentation-core/target/test-classes:segmentation-core/target/classes:$(cat segmentation-core/target/bench.cp) \
 *   io.granula.core.bench.DynamicsBench
 * </pre>
 * Arguments: sizes (default 1024 2048 4096), {@code --threads N} (default 2), {@code --repeats N}
 * (best of N, default 3), {@code --reference-4096}.
 */
public final class DynamicsBench {
    private static final int[] CELLPOSE_SIZES = {512, 1024, 2048, 4096};
    private static final double[] CELLPOSE_QC_S = {0.6, 3.0, 21, 86};
    private static final double[] CELLPOSE_NO_QC_S = {0.13, 0.7, 2.7, 11.6};

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int threads = 2;
        int repeats = 3;
        boolean reference4096 = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--reference-4096" -> reference4096 = true;
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1024, 2048, 4096);
        }
        Path shared = Path.of(System.getProperty("granula.shared.data", "../shared/data"), "stardist/nuclei-512-labels.tif");
        LabelImage base = Files.isRegularFile(shared) ? LabelTiff.read(shared) : discs(512);
        System.out.printf(Locale.ROOT, "labels: %s (%d objects); threads %d; max heap %d MB; %d processors; best of %d%n",
                Files.isRegularFile(shared) ? shared : "synthetic discs", base.objectCount(), threads,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), repeats);
        System.out.println("note: the machine is shared; timings are noisy, ratios to the in-run reference are the robust figure");

        DynamicsParameters qc = DynamicsParameters.defaults().withThreads(threads);
        DynamicsParameters noQc = qc.withFlowThreshold(0);
        warmUp(base, qc, noQc);

        System.out.println();
        System.out.println("wall ms; cpu = process CPU ms (all threads); x = speed-up in wall time; x_cp_cpu = Cellpose's time over our cpu/threads");
        System.out.println("size  QC   ours_ms  ours_cpu  ref_ms  ref_cpu   x_ref  cellpose_ms  x_cellpose  x_cp_cpu  peak_heap_MB  same_as_ref  AP50    AP90    objects");
        for (int size : sizes) {
            LabelImage truth = tile(base, size);
            long t = System.nanoTime();
            FlowField flows = FlowsFromLabels.networkFlows(truth, threads);
            double flowsMs = (System.nanoTime() - t) / 1e6;
            for (boolean withQc : new boolean[]{true, false}) {
                DynamicsParameters p = withQc ? qc : noQc;
                Run ours = best(new CpuPixelDynamics(), flows, p, repeats);
                Run ref = size < 4096 || reference4096 ? best(new ReferenceDynamics(), flows, p, 1) : null;
                double cellpose = cellposeMs(size, withQc);
                MatchMetrics[] m = ap(truth, ours.result.labels());
                System.out.printf(Locale.ROOT, "%-5d %-4s %8.0f %9.0f %7s %8s %6s %11s %10s %9s %13.0f %12s %7.4f %7.4f %7d%n",
                        size, withQc ? "yes" : "no", ours.ms, ours.cpuMs,
                        ref == null ? "-" : String.format(Locale.ROOT, "%.0f", ref.ms),
                        ref == null ? "-" : String.format(Locale.ROOT, "%.0f", ref.cpuMs),
                        ref == null ? "-" : String.format(Locale.ROOT, "%.1f", ref.ms / ours.ms),
                        Double.isNaN(cellpose) ? "-" : String.format(Locale.ROOT, "%.0f", cellpose),
                        Double.isNaN(cellpose) ? "-" : String.format(Locale.ROOT, "%.1f", cellpose / ours.ms),
                        Double.isNaN(cellpose) ? "-" : String.format(Locale.ROOT, "%.1f", cellpose / (ours.cpuMs / p.threads())),
                        ours.peakHeapMb,
                        ref == null ? "-" : Arrays.equals(ref.result.labels().labels(), ours.result.labels().labels()) ? "yes" : "NO",
                        m[0].ap(), m[1].ap(), ours.result.labels().objectCount());
                System.out.println("      stages (ms): " + rounded(ours.result.stageMillis())
                        + (ref == null ? "" : "   reference: " + rounded(ref.result.stageMillis())));
            }
            System.out.printf(Locale.ROOT, "      flows from labels (%d objects): %.0f ms%n", truth.objectCount(), flowsMs);
        }
    }

    /** Wall time, process CPU time (all threads, GC and JIT included) and peak heap of the best run. */
    private record Run(MaskResult result, double ms, double cpuMs, double peakHeapMb) {
    }

    private static double processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    private static Run best(PixelDynamics d, FlowField flows, DynamicsParameters p, int repeats) {
        Run best = null;
        for (int r = 0; r < repeats; r++) {
            System.gc();
            resetPeaks();
            double cpu0 = processCpuMs();
            long t = System.nanoTime();
            MaskResult result = d.computeMasks(flows, p, ProgressMonitor.NONE);
            double ms = (System.nanoTime() - t) / 1e6;
            double cpu = processCpuMs() - cpu0;
            double peak = peakHeapMb();
            if (best == null || ms < best.ms) {
                best = new Run(result, ms, cpu, best == null ? peak : Math.max(best.peakHeapMb, peak));
            } else {
                best = new Run(best.result, best.ms, best.cpuMs, Math.max(best.peakHeapMb, peak));
            }
        }
        return best;
    }

    private static void warmUp(LabelImage base, DynamicsParameters qc, DynamicsParameters noQc) {
        FlowField f = FlowsFromLabels.networkFlows(base, qc.threads());
        for (int i = 0; i < 5; i++) {
            new CpuPixelDynamics().computeMasks(f, i % 2 == 0 ? qc : noQc, ProgressMonitor.NONE);
        }
        new ReferenceDynamics().computeMasks(f, qc, ProgressMonitor.NONE);
    }

    private static double cellposeMs(int size, boolean withQc) {
        for (int i = 0; i < CELLPOSE_SIZES.length; i++) {
            if (CELLPOSE_SIZES[i] == size) {
                return 1000 * (withQc ? CELLPOSE_QC_S[i] : CELLPOSE_NO_QC_S[i]);
            }
        }
        return Double.NaN;
    }

    private static MatchMetrics[] ap(LabelImage truth, LabelImage pred) {
        List<MatchMetrics> m = InstanceEvaluation.of(truth, pred, List.of(0.5, 0.9)).metrics();
        return new MatchMetrics[]{m.get(0), m.get(1)};
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    private static String rounded(Map<String, Double> ms) {
        StringBuilder b = new StringBuilder();
        ms.forEach((k, v) -> b.append(k).append('=').append(Math.round(v)).append(' '));
        return b.toString().trim();
    }

    /** Copies of {@code src} side by side up to {@code size x size}, each copy with its own ids. */
    static LabelImage tile(LabelImage src, int size) {
        int[] out = new int[size * size];
        int max = src.maxLabel();
        int copy = 0;
        for (int ty = 0; ty < size; ty += src.height()) {
            for (int tx = 0; tx < size; tx += src.width(), copy++) {
                for (int y = 0; y < src.height() && ty + y < size; y++) {
                    for (int x = 0; x < src.width() && tx + x < size; x++) {
                        int v = src.get(x, y);
                        out[(ty + y) * size + tx + x] = v == 0 ? 0 : v + copy * max;
                    }
                }
            }
        }
        return new LabelImage(size, size, out);
    }

    /** Stand-in when the shared nuclei are absent: a grid of touching discs of radius 7-11. */
    static LabelImage discs(int size) {
        int[] l = new int[size * size];
        java.util.Random r = new java.util.Random(1);
        int id = 0;
        for (int cy = 12; cy < size - 12; cy += 19) {
            for (int cx = 12; cx < size - 12; cx += 19) {
                id++;
                int rad = 7 + r.nextInt(5);
                for (int y = cy - rad; y <= cy + rad; y++) {
                    for (int x = cx - rad; x <= cx + rad; x++) {
                        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad) {
                            l[y * size + x] = id;
                        }
                    }
                }
            }
        }
        return new LabelImage(size, size, l);
    }
}
