package io.granula.core.train;

import java.util.List;

/**
 * Everything a resumed run needs besides the weights (kept in the last checkpoint): epochs done,
 * the best score so far and its epoch, and the history. Adam's moment estimates are not saved
 * (TorchScript holds parameters and buffers only), so a resumed run re-estimates them over its
 * first steps; the learning-rate schedule continues where it was.
 */
public record TrainingState(int epochsDone, int bestEpoch, ValidationScore best, double bestLoss, List<EpochRecord> history,
                            String data, long seed, String initModel, String initSha256) {
    public TrainingState {
        history = List.copyOf(history);
    }

    public static TrainingState fresh(String data, long seed, String initModel, String initSha256) {
        return new TrainingState(0, 0, ValidationScore.NONE, Double.POSITIVE_INFINITY, List.of(), data, seed, initModel, initSha256);
    }
}
