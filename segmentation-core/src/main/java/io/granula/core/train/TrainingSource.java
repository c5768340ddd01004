package io.granula.core.train;

import java.io.IOException;

/** Where training images come from: a folder of image/label pairs or the synthetic generator. */
public interface TrainingSource {
    int size();

    /** The prepared sample {@code i}; may be recomputed, so it must be the same every time. */
    TrainingSample sample(int i) throws IOException;

    /** One line for the model's provenance, e.g. "synth:200 seed 1" or a folder path. */
    String describe();
}
