package io.granula.core.eval;

import io.granula.core.image.ImageReadException;
import io.granula.core.io.LabelFiles;
import io.granula.core.io.StemPairing;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates predicted label files against ground-truth label files (design notes:
 * {@code granula evaluate --pred P --gt G}). A pair that cannot be read or compared becomes a
 * {@link EvaluationReport.Failure}; the others are still evaluated.
 */
public final class DatasetEvaluation {
    private DatasetEvaluation() {
    }

    /** Sees the labels of each pair once it has been evaluated, so a caller need not read them again. */
    @FunctionalInterface
    public interface EvaluatedPair {
        void accept(String stem, LabelImage gt, LabelImage pred);
    }

    /**
     * @param pairs {@link StemPairing.Pair#first()} the prediction, {@code second()} the ground truth
     */
    public static EvaluationReport evaluate(List<StemPairing.Pair> pairs, List<Double> thresholds,
                                            ProgressMonitor progress) {
        return evaluate(pairs, thresholds, progress, (stem, gt, pred) -> { });
    }

    /** As {@link #evaluate(List, List, ProgressMonitor)}, handing each evaluated pair's labels to {@code each}. */
    public static EvaluationReport evaluate(List<StemPairing.Pair> pairs, List<Double> thresholds,
                                            ProgressMonitor progress, EvaluatedPair each) {
        for (double t : thresholds) {
            if (!(t > 0 && t <= 1)) {
                throw new IllegalArgumentException("IoU thresholds must be in (0, 1]: " + t);
            }
        }
        List<EvaluationReport.ImageResult> results = new ArrayList<>();
        List<EvaluationReport.Failure> failures = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            progress.checkCancelled();
            StemPairing.Pair pair = pairs.get(i);
            progress.update((double) i / pairs.size(), "evaluating " + pair.stem());
            Path pred = pair.first(), gt = pair.second();
            try {
                LabelImage g = LabelFiles.read(gt);
                LabelImage p = LabelFiles.read(pred);
                if (g.width() != p.width() || g.height() != p.height()) {
                    failures.add(new EvaluationReport.Failure(pair.stem(), pred, "prediction is " + p.width() + "x"
                            + p.height() + " but ground truth " + gt + " is " + g.width() + "x" + g.height()));
                    continue;
                }
                results.add(new EvaluationReport.ImageResult(pair.stem(), pred, gt, InstanceEvaluation.of(g, p, thresholds)));
                each.accept(pair.stem(), g, p);
            } catch (ImageReadException e) {
                failures.add(new EvaluationReport.Failure(pair.stem(), e.path(), e.getMessage()));
            }
        }
        progress.update(1, "evaluated " + results.size() + " image(s)");
        return new EvaluationReport(thresholds, results, failures);
    }
}
