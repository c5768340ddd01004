package io.granula.core.train;

import java.nio.file.Path;

/** Where the trained model went and how it scored. */
public record TrainingResult(Path bestModel, TrainingState state, double seconds) {
}
