package io.granula.app.cli;

import io.granula.core.model.ModelLoadException;
import io.granula.core.progress.CancelledException;
import io.granula.core.train.TrainingOptions;
import io.granula.core.train.TrainingResult;
import io.granula.core.train.TrainingRun;
import io.granula.core.train.ValidationScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--synth-size", defaultValue = "512", paramLabel = "PX", description = "Edge of synthetic training images for synth:N (default: ${DEFAULT-VALUE}).")
    int synthSize;

    @Mixin
    TrainerOptionsMixin trainer = new TrainerOptionsMixin();

    @Option(names = "--resume", description = "Continue from OUT's last checkpoint when there is one.")
    boolean resume;

    @Override
    public Integer call() {
        TrainingOptions options = options();
        ConsoleProgress progress = new ConsoleProgress(System.err, trainer.quiet());
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
        if (synthSize < 16) {
            throw new UserError("need --synth-size >= 16");
        }
        return trainer.toOptions(epochs);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
