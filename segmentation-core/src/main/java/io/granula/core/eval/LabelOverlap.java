package io.granula.core.eval;

import io.granula.core.label.LabelImage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pixel overlaps between ground-truth and predicted instances, kept sparse: only pairs that
 * share a pixel are stored (StarDist's label_overlap builds the dense (n_true+1) x (n_pred+1)
 * matrix; with thousands of particles that is millions of zeros). One pass over the pixels; runs
 * of identical (gt, pred) pairs, the common case inside objects, are counted without hashing.
 */
public final class LabelOverlap {
    private final int[] gtIds;
    private final int[] predIds;
    private final long[] gtAreas;
    private final long[] predAreas;
    private final List<Pair> pairs;

    /** Two instances sharing {@code intersection} pixels; indices into {@link #gtIds()}/{@link #predIds()}. */
    public record Pair(int gt, int pred, long intersection) {
    }

    private LabelOverlap(int[] gtIds, int[] predIds, long[] gtAreas, long[] predAreas, List<Pair> pairs) {
        this.gtIds = gtIds;
        this.predIds = predIds;
        this.gtAreas = gtAreas;
        this.predAreas = predAreas;
        this.pairs = pairs;
    }

    public static LabelOverlap of(LabelImage gt, LabelImage pred) {
        if (gt.width() != pred.width() || gt.height() != pred.height()) {
            throw new IllegalArgumentException("label images differ in size: ground truth " + gt.width() + "x"
                    + gt.height() + ", prediction " + pred.width() + "x" + pred.height());
        }
        IdIndex g = IdIndex.of(gt.labels());
        IdIndex p = IdIndex.of(pred.labels());
        long[] gArea = new long[g.size()];
        long[] pArea = new long[p.size()];
        Map<Long, long[]> counts = new HashMap<>();
        int[] gl = gt.labels(), pl = pred.labels();
        int runG = 0, runP = 0;
        long run = 0;
        for (int i = 0; i < gl.length; i++) {
            int a = gl[i], b = pl[i];
            if (a != 0) {
                gArea[g.index(a)]++;
            }
            if (b != 0) {
                pArea[p.index(b)]++;
            }
            if (a == runG && b == runP) {
                run++;
                continue;
            }
            flush(counts, g, p, runG, runP, run);
            runG = a;
            runP = b;
            run = 1;
        }
        flush(counts, g, p, runG, runP, run);
        List<Pair> pairs = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> pairs.add(new Pair((int) (key >>> 32), (int) (long) key, n[0])));
        pairs.sort((x, y) -> x.gt != y.gt ? Integer.compare(x.gt, y.gt) : Integer.compare(x.pred, y.pred));
        return new LabelOverlap(g.ids(), p.ids(), gArea, pArea, List.copyOf(pairs));
    }

    private static void flush(Map<Long, long[]> counts, IdIndex g, IdIndex p, int a, int b, long n) {
        if (n == 0 || a == 0 || b == 0) {
            return;
        }
        long key = ((long) g.index(a) << 32) | (p.index(b) & 0xffffffffL);
        counts.computeIfAbsent(key, k -> new long[1])[0] += n;
    }

    /** Distinct ground-truth ids, ascending. */
    public int[] gtIds() {
        return gtIds.clone();
    }

    public int[] predIds() {
        return predIds.clone();
    }

    public int gtCount() {
        return gtIds.length;
    }

    public int predCount() {
        return predIds.length;
    }

    public long gtArea(int index) {
        return gtAreas[index];
    }

    public long predArea(int index) {
        return predAreas[index];
    }

    /** Overlapping pairs, sorted by ground-truth then prediction index. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** Intersection over union of a pair: |A∩B| / (|A| + |B| - |A∩B|). */
    public double iou(Pair pair) {
        return (double) pair.intersection / (gtAreas[pair.gt] + predAreas[pair.pred] - pair.intersection);
    }

    /** Dense indices for the distinct non-zero ids of a label array (ids need not be consecutive). */
    private record IdIndex(int[] ids, int[] table, Map<Integer, Integer> sparse) {
        /** Ids up to this bound are looked up in an array; beyond, in a map. */
        private static final int DENSE_LIMIT = 1 << 24;

        static IdIndex of(int[] labels) {
            int max = 0;
            for (int v : labels) {
                if (v < 0) {
                    throw new IllegalArgumentException("negative label id " + v);
                }
                max = Math.max(max, v);
            }
            if (max < DENSE_LIMIT) {
                int[] table = new int[max + 1];
                Arrays.fill(table, -1);
                for (int v : labels) {
                    table[v] = 0;
                }
                int n = 0;
                for (int v = 1; v <= max; v++) {
                    if (table[v] == 0) {
                        table[v] = n++;
                    }
                }
                int[] ids = new int[n];
                for (int v = 1; v <= max; v++) {
                    if (table[v] >= 0) {
                        ids[table[v]] = v;
                    }
                }
                return new IdIndex(ids, table, null);
            }
            int[] ids = Arrays.stream(labels).filter(v -> v != 0).distinct().sorted().toArray();
            Map<Integer, Integer> sparse = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                sparse.put(ids[i], i);
            }
            return new IdIndex(ids, null, sparse);
        }

        int index(int id) {
            return table != null ? table[id] : sparse.get(id);
        }

        int size() {
            return ids.length;
        }
    }
}
