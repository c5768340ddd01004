package io.granula.core.eval;

/**
 * What a matching at one threshold leaves to count: true positives, false positives, false
 * negatives and the summed IoU of the matched pairs. Adding counts over images and computing the
 * metrics once is StarDist's {@code matching_dataset(..., by_image=False)}.
 */
public record MatchCounts(double threshold, long tp, long fp, long fn, double sumMatchedIou) {
    public MatchCounts plus(MatchCounts o) {
        if (o.threshold != threshold) {
            throw new IllegalArgumentException("cannot add counts at thresholds " + threshold + " and " + o.threshold);
        }
        return new MatchCounts(threshold, tp + o.tp, fp + o.fp, fn + o.fn, sumMatchedIou + o.sumMatchedIou);
    }

    public long nTrue() {
        return tp + fn;
    }

    public long nPred() {
        return tp + fp;
    }

    public MatchMetrics metrics() {
        return MatchMetrics.of(this);
    }
}
