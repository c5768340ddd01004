package io.granula.core.bench;

import io.granula.core.dynamics.LabelRenumbering;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.eval.MatchMetrics;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * AP@0.5 (pooled, TP/(TP+FP+FN)) of an {@code analyze} results folder against ground truth when the
 * particles under each minimum confidence are dropped, to choose the default threshold (run the
 * analysis with {@code --min-confidence 0}).
 * {@code ConfidenceSweep RESULTS GT_DIR [T1,T2,...]}
 */
public final class ConfidenceSweep {
    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        Path gtDir = Path.of(args[1]);
        String[] ts = (args.length > 2 ? args[2] : "0,0.05,0.1,0.15,0.2,0.25,0.3,0.4,0.5,0.6").split(",");
        long[][] sums = new long[ts.length][3];
        List<Path> dirs;
        try (Stream<Path> s = Files.list(results)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("particles.csv"))).sorted().toList();
        }
        for (Path d : dirs) {
            Path gtFile = gtDir.resolve(d.getFileName() + ".tif");
            if (!Files.isRegularFile(gtFile)) {
                continue;
            }
            LabelImage gt = LabelTiff.read(gtFile);
            LabelImage pred = LabelTiff.read(d.resolve("labels.tif"));
            List<String> lines = Files.readAllLines(d.resolve("particles.csv"));
            List<String> head = List.of(lines.get(0).split(","));
            int label = head.indexOf("label"), conf = head.indexOf("confidence");
            double[] c = new double[pred.maxLabel() + 1];
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                c[Integer.parseInt(f[label])] = Double.parseDouble(f[conf]);
            }
            for (int k = 0; k < ts.length; k++) {
                double t = Double.parseDouble(ts[k]);
                boolean[] drop = new boolean[c.length];
                for (int id = 1; id < c.length; id++) {
                    drop[id] = c[id] < t;
                }
                int[] kept = pred.labels().clone();
                LabelRenumbering.remove(kept, drop);
                MatchMetrics m = InstanceEvaluation.of(gt, new LabelImage(pred.width(), pred.height(), kept), List.of(0.5))
                        .metrics().get(0);
                sums[k][0] += m.tp();
                sums[k][1] += m.fp();
                sums[k][2] += m.fn();
            }
        }
        System.out.println("min_confidence  AP@0.5  TP  FP  FN   (" + dirs.size() + " images, " + results + ")");
        for (int k = 0; k < ts.length; k++) {
            long tp = sums[k][0], fp = sums[k][1], fn = sums[k][2];
            System.out.printf(Locale.ROOT, "%-14s  %.3f  %d  %d  %d%n", ts[k], (double) tp / Math.max(1, tp + fp + fn), tp, fp, fn);
        }
    }
}
