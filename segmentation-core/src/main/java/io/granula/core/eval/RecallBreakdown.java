package io.granula.core.eval;

import io.granula.core.label.LabelImage;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recall of the ground-truth instances grouped by what was drawn (the generator's shape kind and
 * scene arrangement) and by size, where AP gives one number for all: which particles a model
 * misses. An instance counts as found when the one-to-one matching at the IoU threshold pairs it
 * ({@link InstanceMatcher}, StarDist's matching). Size is the instance's equivalent circular
 * diameter in the ground truth, sqrt(4 area / pi) (Cellpose's utils.diameters).
 */
public final class RecallBreakdown {
    /** Upper edges (px) of the size classes; the last class is open. */
    static final double[] ECD_EDGES = {8, 15, 30, 60, 150};
    static final String UNKNOWN = "unknown";

    /** {@code found} of {@code total} instances. */
    public record Recall(long found, long total) {
        public double recall() {
            return total == 0 ? Double.NaN : (double) found / total;
        }
    }

    private final double threshold;
    private final Map<String, Recall> byKind = new TreeMap<>();
    private final Map<String, Recall> byArrangement = new TreeMap<>();
    private final Map<String, Recall> bySize = new LinkedHashMap<>();
    private int images;

    public RecallBreakdown(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("IoU threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        for (int k = 0; k <= ECD_EDGES.length; k++) {
            bySize.put(sizeClass(k), new Recall(0, 0));
        }
    }

    public double threshold() {
        return threshold;
    }

    /** How many images were added. */
    public int images() {
        return images;
    }

    /**
     * Adds one image.
     *
     * @param kinds       the shape kind of each ground-truth label; labels without one count as "unknown"
     * @param arrangement the image's scene arrangement
     */
    public void add(LabelImage gt, LabelImage pred, Map<Integer, String> kinds, String arrangement) {
        images++;
        LabelOverlap overlap = LabelOverlap.of(gt, pred);
        List<MatchedPair> matches = InstanceMatcher.match(overlap, threshold);
        Set<Integer> found = new HashSet<>();
        matches.forEach(m -> found.add(m.gtId()));
        int[] ids = overlap.gtIds();
        for (int i = 0; i < ids.length; i++) {
            Recall one = new Recall(found.contains(ids[i]) ? 1 : 0, 1);
            double ecd = Math.sqrt(4.0 * overlap.gtArea(i) / Math.PI);
            byKind.merge(kinds.getOrDefault(ids[i], UNKNOWN), one, RecallBreakdown::sum);
            byArrangement.merge(arrangement, one, RecallBreakdown::sum);
            bySize.merge(sizeClass(sizeIndex(ecd)), one, RecallBreakdown::sum);
        }
    }

    /** By shape kind, in alphabetical order. */
    public Map<String, Recall> byKind() {
        return new TreeMap<>(byKind);
    }

    /** By scene arrangement, in alphabetical order. */
    public Map<String, Recall> byArrangement() {
        return new TreeMap<>(byArrangement);
    }

    /** Size classes in increasing order, e.g. "<8", "8-15", ..., ">=150" (px). */
    public Map<String, Recall> bySize() {
        return new LinkedHashMap<>(bySize);
    }

    private static Recall sum(Recall a, Recall b) {
        return new Recall(a.found() + b.found(), a.total() + b.total());
    }

    private static int sizeIndex(double ecd) {
        int k = 0;
        while (k < ECD_EDGES.length && ecd >= ECD_EDGES[k]) {
            k++;
        }
        return k;
    }

    private static String sizeClass(int k) {
        if (k == 0) {
            return "<" + (int) ECD_EDGES[0];
        }
        if (k == ECD_EDGES.length) {
            return ">=" + (int) ECD_EDGES[k - 1];
        }
        return (int) ECD_EDGES[k - 1] + "-" + (int) ECD_EDGES[k];
    }
}
