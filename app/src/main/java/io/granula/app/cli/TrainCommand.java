package io.granula.app.cli;

import io.granula.core.flow.ThreadLimit;
import io.granula.core.model.ModelLoadException;
import io.granula.core.progress.CancelledException;
import io.granula.core.train.TrainingOptions;
import io.granula.core.train.TrainingResult;
import io.granula.core.train.TrainingRun;
import io.granula.core.train.ValidationScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code granula train --data DIR|synth:N --init MODEL --out MODEL}: trains or fine-tunes a
 * scripted TorchScript flow network in Java (DJL), keeping the checkpoint with the best
 * validation AP on held-out synthetic images. Prints one JSON line with the result.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains or fine-tunes a TorchScript flow model on image/label pairs or synthetic micrographs.")
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR|synth:N",
            description = "A folder with images/ and labels/ (same stems, as 'granula synth' writes), or synth:N for N synthetic images.")
    String data;

    @Option(names = "--init", required = true, paramLabel = "MODEL",
            description = "Scripted TorchScript model to start from, with its sidecar JSON (python/unet.py makes one).")
    Path init;

    @Option(names = "--out", required = true, paramLabel = "MODEL",
            description = "Where the best model goes (.pt plus .json sidecar; .last.pt and .training.json beside it).")
    Path out;

    @Option(names = "--epochs", defaultValue = "100", description = "Passes over the training images (default: ${DEFAULT-VALUE}).")
    int epochs;

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

    @Option(names = "--synth-size", defaultValue = "512", paramLabel = "PX", description = "Edge of synthetic training images for synth:N (default: ${DEFAULT-VALUE}).")
    int synthSize;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of data order, crops, synthetic and validation images (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads (default: all cores).")
    Integer threads;

    @Option(names = "--resume", description = "Continue from OUT's last checkpoint when there is one.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        TrainingOptions options = options();
        ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
        TrainingResult result;
        try {
            result = TrainingRun.run(new TrainingRun.Request(data, init, out, options, synthSize, resume), progress);
        } catch (IllegalArgumentException | ModelLoadException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError(e.getMessage(), GranulaCommand.SOME_FAILED);
        } catch (CancelledException e) {
            throw new UserError("training cancelled", GranulaCommand.SOME_FAILED);
        }
        ValidationScore best = result.state().best();
        spec.commandLine().getOut().printf(Locale.ROOT,
                "{\"model\":\"%s\",\"epochs\":%d,\"best_epoch\":%d,\"val_ap50\":%s,\"val_ap75\":%s,\"seconds\":%.1f}%n",
                json(result.bestModel().toString()), result.state().epochsDone(), result.state().bestEpoch(),
                number(best.ap50()), number(best.ap75()), result.seconds());
        spec.commandLine().getOut().flush();
        return GranulaCommand.OK;
    }

    private TrainingOptions options() {
        if (epochs < 1 || batch < 1 || !(lr > 0) || weightDecay < 0 || crop < 8 || val < 0 || valSize < 16 || synthSize < 16) {
            throw new UserError("need --epochs >= 1, --batch >= 1, --lr > 0, --weight-decay >= 0, --crop >= 8, --val >= 0, "
                    + "--val-size >= 16 and --synth-size >= 16");
        }
        if (threads != null) {
            try {
                ThreadLimit.check(threads, "--threads");
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        TrainingOptions o = TrainingOptions.defaults().withEpochs(epochs).withBatch(batch).withLearningRate(lr).withCrop(crop)
                .withValidation(val, valSize).withSeed(seed);
        o = new TrainingOptions(o.epochs(), o.batch(), o.learningRate(), weightDecay, o.crop(), o.validation(),
                o.validationSize(), o.seed(), o.threads(), o.augmentation());
        return threads == null ? o : o.withThreads(threads);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
