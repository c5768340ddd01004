package io.granula.core.eval.bench;

import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.eval.MatchCounts;
import io.granula.core.label.LabelImage;

import java.util.List;
import java.util.Random;

/**
 * Evaluation speed against the dense approach of StarDist's matching.py (label_overlap fills an
 * (n_true+1) x (n_pred+1) matrix, then IoU is computed for every cell). Same images, same run;
 * prints the ratio and checks both agree on TP and summed IoU at IoU 0.5 (unique matches there).
 *
 * <pre>
 * mvn -B -o -q -pl segmentation-core test-compile
 * java -Xmx2g -cp segmentation-core/target/classes:segmentation-core/target/test-classes \
 *     io.granula.core.eval.bench.EvaluationBench [size ...]
 * </pre>
 */
public final class EvaluationBench {
    private EvaluationBench() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{1024, 2048} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            LabelImage gt = discs(size, 0, 0, 1);
            LabelImage pred = discs(size, 1, 1, 7);
            for (int warm = 0; warm < 2; warm++) {
                InstanceEvaluation.of(gt, pred, List.of(0.5));
            }
            try {
                dense(gt, pred, 0.5);
            } catch (OutOfMemoryError e) {
                long t = System.nanoTime();
                InstanceEvaluation.of(gt, pred, List.of(0.5));
                System.out.printf("%dx%d, %d objects: sparse %.1f ms, dense baseline out of memory (-Xmx%d MiB)%n", size, size,
                        gt.objectCount(), (System.nanoTime() - t) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
                continue;
            }
            int reps = 5;
            long t0 = System.nanoTime();
            MatchCounts sparse = null;
            for (int r = 0; r < reps; r++) {
                sparse = InstanceEvaluation.of(gt, pred, List.of(0.5)).counts().get(0);
            }
            long t1 = System.nanoTime();
            double[] ref = null;
            for (int r = 0; r < reps; r++) {
                ref = dense(gt, pred, 0.5);
            }
            long t2 = System.nanoTime();
            double sparseMs = (t1 - t0) / 1e6 / reps, denseMs = (t2 - t1) / 1e6 / reps;
            System.out.printf("%dx%d, %d objects: sparse %.1f ms, dense baseline %.1f ms, speed-up x%.1f; TP %d vs %d, sum IoU %.6f vs %.6f%n",
                    size, size, gt.objectCount(), sparseMs, denseMs, denseMs / sparseMs, sparse.tp(), (long) ref[0],
                    sparse.sumMatchedIou(), ref[1]);
        }
    }

    /** Discs of radius 6-10 px on a 24 px grid, jittered; ids spread by {@code idStep} so they are not consecutive. */
    private static LabelImage discs(int size, int dx, int dy, int idStep) {
        Random rnd = new Random(42);
        int[] v = new int[size * size];
        int id = 0;
        for (int cy = 12; cy < size - 12; cy += 24) {
            for (int cx = 12; cx < size - 12; cx += 24) {
                id += idStep;
                int r = 6 + rnd.nextInt(5);
                int ox = cx + rnd.nextInt(3) - 1 + dx, oy = cy + rnd.nextInt(3) - 1 + dy;
                for (int y = oy - r; y <= oy + r; y++) {
                    for (int x = ox - r; x <= ox + r; x++) {
                        if ((x - ox) * (x - ox) + (y - oy) * (y - oy) <= r * r) {
                            v[y * size + x] = id;
                        }
                    }
                }
            }
        }
        return new LabelImage(size, size, v);
    }

    /** StarDist's way: relabel, dense overlap matrix, IoU of every cell, pairs above threshold (unique for t > 0.5). */
    private static double[] dense(LabelImage gt, LabelImage pred, double t) {
        int[] g = relabel(gt.labels()), p = relabel(pred.labels());
        int ng = max(g), np = max(p);
        long[][] overlap = new long[ng + 1][np + 1];
        for (int i = 0; i < g.length; i++) {
            overlap[g[i]][p[i]]++;
        }
        long[] ag = new long[ng + 1], ap = new long[np + 1];
        for (int a = 0; a <= ng; a++) {
            for (int b = 0; b <= np; b++) {
                ag[a] += overlap[a][b];
                ap[b] += overlap[a][b];
            }
        }
        long tp = 0;
        double sum = 0;
        for (int a = 1; a <= ng; a++) {
            for (int b = 1; b <= np; b++) {
                double denom = ag[a] + ap[b] - overlap[a][b];
                double iou = denom > 0 ? overlap[a][b] / denom : 0;
                if (iou >= t) {
                    tp++;
                    sum += iou;
                }
            }
        }
        return new double[]{tp, sum};
    }

    private static int[] relabel(int[] labels) {
        int m = max(labels);
        int[] map = new int[m + 1];
        for (int v : labels) {
            map[v] = 1;
        }
        map[0] = 0;
        int n = 0;
        for (int v = 1; v <= m; v++) {
            map[v] = map[v] != 0 ? ++n : 0;
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = map[labels[i]];
        }
        return out;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
