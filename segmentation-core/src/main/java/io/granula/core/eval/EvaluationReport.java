package io.granula.core.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Per-image evaluations of a data set, the files that could not be evaluated, and the pooled scores. */
public record EvaluationReport(List<Double> thresholds, List<ImageResult> images, List<Failure> failures) {
    public EvaluationReport {
        thresholds = List.copyOf(thresholds);
        images = List.copyOf(images);
        failures = List.copyOf(failures);
    }

    /** One evaluated image pair. */
    public record ImageResult(String name, Path prediction, Path groundTruth, InstanceEvaluation evaluation) {
    }

    /** A file (or pair) that could not be evaluated, with the reason. */
    public record Failure(String name, Path path, String problem) {
    }

    /**
     * Counts pooled over all images, one per threshold (StarDist's matching_dataset with
     * by_image=False): a data set's AP is TP/(TP+FP+FN) of the pooled counts, not a mean of
     * per-image APs, so images with many objects weigh more.
     */
    public List<MatchCounts> aggregate() {
        List<MatchCounts> sum = new ArrayList<>();
        for (double t : thresholds) {
            sum.add(new MatchCounts(t, 0, 0, 0, 0));
        }
        for (ImageResult r : images) {
            for (int k = 0; k < sum.size(); k++) {
                sum.set(k, sum.get(k).plus(r.evaluation().counts().get(k)));
            }
        }
        return sum;
    }
}
