package io.granula.core.eval;

import io.granula.core.label.LabelImage;

import java.util.ArrayList;
import java.util.List;

/** One image's instance evaluation: counts and metrics at each threshold. */
public record InstanceEvaluation(int nTrue, int nPred, List<MatchCounts> counts) {
    /** AP at IoU 0.5, 0.75 and 0.9: the thresholds the command line reports by default. */
    public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.5, 0.75, 0.9);

    public InstanceEvaluation {
        counts = List.copyOf(counts);
    }

    public static InstanceEvaluation of(LabelImage gt, LabelImage pred, List<Double> thresholds) {
        LabelOverlap overlap = LabelOverlap.of(gt, pred);
        List<MatchCounts> counts = new ArrayList<>();
        for (double t : thresholds) {
            List<MatchedPair> matches = InstanceMatcher.match(overlap, t);
            double sum = 0;
            for (MatchedPair m : matches) {
                sum += m.iou();
            }
            long tp = matches.size();
            counts.add(new MatchCounts(t, tp, overlap.predCount() - tp, overlap.gtCount() - tp, sum));
        }
        return new InstanceEvaluation(overlap.gtCount(), overlap.predCount(), counts);
    }

    public List<MatchMetrics> metrics() {
        return counts.stream().map(MatchCounts::metrics).toList();
    }
}
