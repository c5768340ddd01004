package io.granula.app.service;

import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.eval.MatchCounts;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * AP@0.5 of one model on images whose true labels are known (the user's corrected masks): the model is
 * run with the project's analysis settings and its labels matched to the truth. AP is StarDist's
 * TP / (TP + FP + FN) summed over all images ({@link io.granula.core.eval.MatchMetrics}).
 */
final class ModelScore {
    private static final List<Double> AP50 = List.of(0.5);

    private ModelScore() {
    }

    /** @param truth image file to its true labels */
    static double ap50(AnalysisOptions options, Map<Path, LabelImage> truth, ProgressMonitor monitor) {
        MatchCounts sum = new MatchCounts(0.5, 0, 0, 0, 0);
        try (AnalysisService service = AnalysisService.open(options, note -> { })) {
            int i = 0;
            for (Map.Entry<Path, LabelImage> e : truth.entrySet()) {
                ProgressMonitor step = monitor.sub((double) i / truth.size(), (double) (i + 1) / truth.size());
                LabelImage predicted = service.analyse(e.getKey(), step).labels();
                sum = sum.plus(InstanceEvaluation.of(e.getValue(), predicted, AP50).counts().get(0));
                i++;
            }
        }
        return sum.metrics().ap();
    }
}
