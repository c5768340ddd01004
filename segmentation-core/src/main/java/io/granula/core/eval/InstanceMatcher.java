package io.granula.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One-to-one matching of ground-truth and predicted instances at an IoU threshold, as StarDist's
 * matching.py does it: an optimal assignment that first maximises the number of pairs with
 * IoU >= threshold, then their summed IoU (StarDist: linear_sum_assignment on
 * {@code -(iou >= t) - iou / (2 n)}).
 *
 * <p>The assignment is solved per connected component of the "IoU >= threshold" graph, which keeps
 * it fast for thousands of objects. For a threshold above 0.5 every component is a single pair:
 * IoU(a, b) > 0.5 means |a∩b| > |a∪b|/2, so two disjoint instances cannot both exceed half of a
 * third one, and each instance has at most one candidate (the reason greedy-by-IoU is optimal
 * there; Kirillov et al. 2019, Panoptic Segmentation, Theorem 1). At exactly 0.5 an instance may
 * have two candidates that are its two exact halves; the assignment then still picks one.
 *
 * <p>Difference from StarDist, on purpose: StarDist's tie-break also counts the IoU of assigned
 * pairs below the threshold; here only matched pairs matter. The counts (TP/FP/FN) are identical;
 * the summed IoU can only differ below 0.5 when several assignments have the same count.
 */
public final class InstanceMatcher {
    private InstanceMatcher() {
    }

    public static List<MatchedPair> match(LabelOverlap overlap, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("IoU threshold must be in (0, 1]: " + threshold);
        }
        List<LabelOverlap.Pair> candidates = new ArrayList<>();
        List<Double> ious = new ArrayList<>();
        for (LabelOverlap.Pair p : overlap.pairs()) {
            double iou = overlap.iou(p);
            if (iou >= threshold) {
                candidates.add(p);
                ious.add(iou);
            }
        }
        int nG = overlap.gtCount();
        UnionFind uf = new UnionFind(nG + overlap.predCount());
        for (LabelOverlap.Pair p : candidates) {
            uf.union(p.gt(), nG + p.pred());
        }
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) {
            components.computeIfAbsent(uf.find(candidates.get(k).gt()), r -> new ArrayList<>()).add(k);
        }
        int[] gtIds = overlap.gtIds(), predIds = overlap.predIds();
        List<MatchedPair> matches = new ArrayList<>();
        for (List<Integer> component : components.values()) {
            if (component.size() == 1) {
                int k = component.get(0);
                LabelOverlap.Pair p = candidates.get(k);
                matches.add(new MatchedPair(gtIds[p.gt()], predIds[p.pred()], ious.get(k)));
            } else {
                matches.addAll(assign(component, candidates, ious, gtIds, predIds));
            }
        }
        matches.sort((a, b) -> Integer.compare(a.gtId(), b.gtId()));
        return matches;
    }

    private static List<MatchedPair> assign(List<Integer> component, List<LabelOverlap.Pair> candidates,
                                            List<Double> ious, int[] gtIds, int[] predIds) {
        Map<Integer, Integer> rows = new HashMap<>(), cols = new HashMap<>();
        for (int k : component) {
            rows.putIfAbsent(candidates.get(k).gt(), rows.size());
            cols.putIfAbsent(candidates.get(k).pred(), cols.size());
        }
        int nMatched = Math.min(rows.size(), cols.size());
        double[][] cost = new double[rows.size()][cols.size()];
        double[][] iou = new double[rows.size()][cols.size()];
        for (int k : component) {
            int r = rows.get(candidates.get(k).gt()), c = cols.get(candidates.get(k).pred());
            iou[r][c] = ious.get(k);
            cost[r][c] = -1 - ious.get(k) / (2.0 * nMatched); // StarDist's cost for a candidate pair
        }
        int[] rowToCol = LinearAssignment.solve(cost);
        int[] rowGt = new int[rows.size()], colPred = new int[cols.size()];
        rows.forEach((g, r) -> rowGt[r] = g);
        cols.forEach((p, c) -> colPred[c] = p);
        List<MatchedPair> out = new ArrayList<>();
        for (int r = 0; r < rowToCol.length; r++) {
            int c = rowToCol[r];
            if (c >= 0 && cost[r][c] < 0) { // assigned to a real candidate, not a filler zero
                out.add(new MatchedPair(gtIds[rowGt[r]], predIds[colPred[c]], iou[r][c]));
            }
        }
        return out;
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
