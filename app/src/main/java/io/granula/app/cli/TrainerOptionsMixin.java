package io.granula.app.cli;

import io.granula.core.flow.ThreadLimit;
import io.granula.core.train.TrainingOptions;
import picocli.CommandLine.Option;

/**
 * The trainer options that {@code train} and {@code project train} share, declared once so the two commands
 * cannot drift apart (same names, defaults, help and checks). The number of epochs stays with each command:
 * a fine-tune on a few corrected images wants fewer passes than a training from scratch.
 */
public final class TrainerOptionsMixin {
    @Option(names = "--batch", defaultValue = "8", description = "Crops per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", defaultValue = "0.005", description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--weight-decay", defaultValue = "1e-5", description = "Adam weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--crop", defaultValue = "224", paramLabel = "PX", description = "Training crop edge, a multiple of the network's stride (default: ${DEFAULT-VALUE}).")
    int crop;

    @Option(names = "--val", defaultValue = "8", paramLabel = "N", description = "Held-out synthetic validation images scored each epoch (default: ${DEFAULT-VALUE}).")
    int val;

    @Option(names = "--val-size", defaultValue = "256", paramLabel = "PX", description = "Edge of each validation image (default: ${DEFAULT-VALUE}).")
    int valSize;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of data order, crops and validation images (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads (default: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    /** The trainer's options with {@code epochs}; a {@link UserError} naming every bound when one is out of range. */
    TrainingOptions toOptions(int epochs) {
        if (epochs < 1 || batch < 1 || !(lr > 0) || weightDecay < 0 || crop < 8 || val < 0 || valSize < 16) {
            throw new UserError("need --epochs >= 1, --batch >= 1, --lr > 0, --weight-decay >= 0, --crop >= 8, --val >= 0 "
                    + "and --val-size >= 16");
        }
        TrainingOptions o = TrainingOptions.defaults().withEpochs(epochs).withBatch(batch).withLearningRate(lr).withCrop(crop)
                .withValidation(val, valSize).withSeed(seed);
        o = new TrainingOptions(o.epochs(), o.batch(), o.learningRate(), weightDecay, o.crop(), o.validation(),
                o.validationSize(), o.seed(), o.threads(), o.augmentation());
        if (threads != null) {
            try {
                o = o.withThreads(ThreadLimit.check(threads, "--threads"));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        return o;
    }

    boolean quiet() {
        return quiet;
    }
}
