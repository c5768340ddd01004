package io.granula.core.bench;

import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.flow.FlowField;
import io.granula.core.io.LabelFiles;
import io.granula.core.label.LabelImage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Flows by heat diffusion (the flow-QC's and the training targets' {@code HeatDiffusion}) of label
 * images, one thread: CPU seconds of the calling thread (steady under load) and a hash of the flows,
 * to show a faster version gives them bit for bit. Args: LABELS.tif... [--runs N]
 */
public final class HeatDiffusionBench {
    private HeatDiffusionBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
                continue;
            }
            LabelImage labels = LabelFiles.read(Path.of(args[i]));
            double best = Double.MAX_VALUE;
            int hash = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                FlowField f = FlowsFromLabels.networkFlows(labels, 1);
                best = Math.min(best, (mx.getCurrentThreadCpuTime() - t0) / 1e9);
                hash = 31 * Arrays.hashCode(f.dy()) + Arrays.hashCode(f.dx());
            }
            System.out.printf(Locale.ROOT, "%s: best of %d %.3f CPU s, flows hash %08x%n",
                    Path.of(args[i]).getFileName(), runs, best, hash);
        }
    }
}
