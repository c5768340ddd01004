package io.granula.core.dynamics;

import io.granula.core.label.LabelImage;

import java.util.HashMap;
import java.util.Map;

/**
 * Test-scope AP at an IoU threshold >= 0.5 (TP / (TP + FP + FN)); above 0.5 a match is
 * necessarily one-to-one. To be replaced by core's evaluation once it lands.
 */
final class Matching {
    private Matching() {
    }

    static double averagePrecision(LabelImage gt, LabelImage pred, double iouThreshold) {
        int[] g = gt.labels();
        int[] p = pred.labels();
        Map<Integer, Integer> gArea = new HashMap<>();
        Map<Integer, Integer> pArea = new HashMap<>();
        Map<Long, Integer> inter = new HashMap<>();
        for (int i = 0; i < g.length; i++) {
            if (g[i] != 0) {
                gArea.merge(g[i], 1, Integer::sum);
            }
            if (p[i] != 0) {
                pArea.merge(p[i], 1, Integer::sum);
            }
            if (g[i] != 0 && p[i] != 0) {
                inter.merge(((long) g[i] << 32) | p[i], 1, Integer::sum);
            }
        }
        int tp = 0;
        for (Map.Entry<Long, Integer> e : inter.entrySet()) {
            int gi = (int) (e.getKey() >>> 32);
            int pi = (int) (long) e.getKey();
            double iou = e.getValue() / (double) (gArea.get(gi) + pArea.get(pi) - e.getValue());
            if (iou >= iouThreshold) { // Cellpose metrics._true_positive matches iou >= th
                tp++;
            }
        }
        int fp = pArea.size() - tp;
        int fn = gArea.size() - tp;
        return tp + fp + fn == 0 ? 1.0 : tp / (double) (tp + fp + fn);
    }
}
