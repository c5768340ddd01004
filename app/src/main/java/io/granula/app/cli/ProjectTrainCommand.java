package io.granula.app.cli;

import io.granula.app.project.ProjectStore;
import io.granula.app.service.ProjectTraining;
import io.granula.core.progress.CancelledException;
import io.granula.core.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code granula project train P.granula --out MODEL}: fine-tunes the project's model on the images the user
 * corrected and prints AP@0.5 of the old and new model (see {@link ProjectTraining}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fine-tunes the project's model on its corrected images; prints AP@0.5 before and after.")
public final class ProjectTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.granula")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where the new model goes (.pt plus .json sidecar).")
    Path out;

    @Option(names = "--init", paramLabel = "MODEL", description = "Model to start from (default: the model of the project's latest analysis).")
    Path init;

    @Option(names = "--all", description = "Train on every analysed image, not only the corrected ones.")
    boolean all;

    @Option(names = "--epochs", defaultValue = "20", description = "Passes over the training images (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Mixin
    TrainerOptionsMixin trainer = new TrainerOptionsMixin();

    @Override
    public Integer call() {
        TrainingOptions options = trainer.toOptions(epochs);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectTraining.Result r;
        try (ProjectStore store = ProjectStore.open(project)) {
            r = new ProjectTraining(store).run(new ProjectTraining.Request(out, init, all, options),
                    new ConsoleProgress(System.err, trainer.quiet()), line -> err.println("granula: " + line));
        } catch (CancelledException e) {
            throw new UserError("training cancelled", GranulaCommand.SOME_FAILED);
        }
        stdout.printf(Locale.ROOT, "model %s, fine-tuned on %d image(s) from %s in %.1f s%n", r.model(),
                r.trainedOn().size(), r.initModel(), r.training().seconds());
        stdout.printf(Locale.ROOT, "AP@0.5 before %.3f, after %.3f, on %s%n", r.ap50Before(), r.ap50After(),
                r.heldOut() ? "held-out image(s) " + String.join(", ", r.scoredOn())
                        : "the training images themselves (too few corrected images to hold one out; optimistic)");
        stdout.flush();
        return GranulaCommand.OK;
    }
}
