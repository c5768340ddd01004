package io.granula.app.gui.training;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.tasks.MonitoredTask;
import io.granula.app.gui.workflow.AnalysisParameters;
import io.granula.app.gui.workflow.WorkbenchController;
import io.granula.app.project.ProjectStore;
import io.granula.app.service.ProjectTraining;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.train.TrainingOptions;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * Analysis &gt; Train from my corrections: {@link ProjectTraining} (what {@code granula project train} runs)
 * as the window's background task, with its progress, time left and cancel; the new model goes beside the
 * project ({@code <project>-models/tuned-<time>.pt} with its provenance sidecar); then a window shows AP@0.5
 * before and after and offers to switch the analysis panel's model to the new one and re-analyse the images
 * the user has not corrected (corrected masks are never overwritten by the new model).
 */
public final class TrainFromCorrections {
    /** A finished fine-tune and which images were corrected when it ran. */
    public record Outcome(ProjectTraining.Result result, Set<Long> corrected) {
        public Outcome {
            corrected = Set.copyOf(corrected);
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final WorkbenchController controller;
    private final WorkbenchSession session;
    private final Window owner;
    private final ObjectProperty<TrainingOptions> options =
            new SimpleObjectProperty<>(this, "options", TrainingOptions.defaults().withEpochs(20));
    private final ReadOnlyObjectWrapper<Outcome> last = new ReadOnlyObjectWrapper<>(this, "last");

    public TrainFromCorrections(WorkbenchController controller, WorkbenchSession session, Window owner) {
        this.controller = controller;
        this.session = session;
        this.owner = owner;
    }

    /** The trainer's options (the command line's defaults: 20 epochs). */
    public ObjectProperty<TrainingOptions> optionsProperty() {
        return options;
    }

    /** The last fine-tune that finished in this window, or null. */
    public ReadOnlyObjectProperty<Outcome> lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** Starts the fine-tune in the background (refused with a notice when another task runs). */
    public void start() {
        ProjectStore store = controller.storeProperty().get();
        if (store == null) {
            controller.noticeProperty().set("Open a project first");
            return;
        }
        if (store.isReadOnly()) {
            controller.noticeProperty().set("This project is open read-only: " + store.readOnlyReason().orElse(""));
            return;
        }
        TrainingOptions o = options.get();
        controller.submit(new MonitoredTask<Outcome>("Training from the corrections") {
            @Override
            protected Outcome work(ProgressMonitor monitor) throws Exception {
                ProjectTraining training = new ProjectTraining(store);
                ProjectTraining.Result r = training.run(new ProjectTraining.Request(modelPath(store), null, false, o),
                        monitor, line -> { });
                return new Outcome(r, training.correctedImageIds());
            }
        }, outcome -> {
            last.set(outcome);
            controller.noticeProperty().set("New model " + outcome.result().model().getFileName() + ": " + TrainingResultWindow.scores(outcome.result()));
            new TrainingResultWindow(owner, outcome, uncorrected(outcome).size(), () -> useNewModel(outcome)).show();
        });
    }

    /** Switches the analysis panel to the new model and re-analyses the images that were not corrected. */
    public void useNewModel(Outcome outcome) {
        AnalysisParameters p = controller.parametersProperty().get();
        controller.parametersProperty().set(new AnalysisParameters(outcome.result().model(), p.diameterPx(),
                p.flowThreshold(), p.cellprobThreshold(), p.minSize(), p.device(), p.augment()));
        List<ImageEntry> todo = uncorrected(outcome);
        if (todo.isEmpty()) {
            controller.noticeProperty().set("Using " + outcome.result().model().getFileName() + "; every image is corrected, nothing to re-analyse");
            return;
        }
        controller.analyse(todo);
    }

    private List<ImageEntry> uncorrected(Outcome outcome) {
        return session.images().stream()
                .filter(e -> !outcome.corrected().contains(e.imageId()) && e.status() != ImageStatus.MISSING).toList();
    }

    /** {@code <folder>/<project stem>-models/tuned-<yyyyMMdd-HHmmss>.pt}, beside the project file. */
    static Path modelPath(ProjectStore store) throws java.io.IOException {
        String name = store.file().getFileName().toString();
        String stem = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
        Path folder = Files.createDirectories(store.folder().resolve(stem + "-models"));
        String base = "tuned-" + LocalDateTime.now().format(STAMP);
        Path out = folder.resolve(base + ".pt");
        for (int i = 2; Files.exists(out); i++) {
            out = folder.resolve(base + "-" + i + ".pt");
        }
        return out;
    }
}
