package io.granula.app.gui.training;

import io.granula.app.Granula;
import io.granula.app.cli.TestImages;
import io.granula.app.gui.WorkbenchWindow;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.project.EditOperation;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.Region;
import io.granula.app.service.ProjectTraining;
import io.granula.core.model.ModelSidecarFile;
import io.granula.core.train.TrainingOptions;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysis &gt; Train from my corrections in a real (headless) window on a real project analysed with the tiny
 * test network: one epoch of a few 32-px crops (as the command-line test), the scores shown, the model saved
 * beside the project with its provenance, then the new model chosen and only the uncorrected image analysed again.
 */
@ExtendWith(ApplicationExtension.class)
class TrainFromCorrectionsTest {
    @TempDir
    Path tmp;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage);
        stage.show();
    }

    @Test
    void trainingFromOneCorrectedImageShowsTheScoresAndReanalysesOnlyTheUncorrectedOneWithTheNewModel(FxRobot robot)
            throws Exception {
        Path images = Files.createDirectories(tmp.resolve("study/images"));
        TestImages.blobs(images.resolve("a1.png"), 7);
        TestImages.blobs(images.resolve("b1.png"), 11);
        Path project = tmp.resolve("study/s.granula");
        assertThat(Granula.run("project", "create", project.toString(), images.toString())).isZero();
        assertThat(Granula.run("project", "analyze", project.toString(), "--model", TestImages.TINY_MODEL.toString(),
                "--diameter", "17", "--device", "cpu", "--quiet")).isZero();
        long corrected;
        try (ProjectStore store = ProjectStore.open(project)) {
            corrected = store.images().get(0).id();
            store.edit(corrected, null).apply(new EditOperation.Create(Region.disc(70, 20, 6), false)).orElseThrow();
        }
        WorkbenchSession session = window.session();
        robot.interact(() -> {
            window.training().optionsProperty().set(TrainingOptions.defaults().withEpochs(1).withBatch(2).withCrop(32)
                    .withValidation(1, 48).withThreads(1));
            window.controller().openProject(project);
        });
        waitUntil(60, () -> session.images().size() == 2 && session.current() != null);

        robot.clickOn(window.viewer()).press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(300, () -> window.training().lastProperty().get() != null);

        TrainFromCorrections.Outcome outcome = window.training().lastProperty().get();
        Path model = outcome.result().model();
        assertThat(model).isRegularFile().hasParent(tmp.resolve("study/s-models"));
        @SuppressWarnings("unchecked")
        Map<String, Object> fromProject = (Map<String, Object>) ModelSidecarFile.readFor(model).provenance().get("project");
        assertThat(fromProject.get("file").toString()).endsWith("s.granula");
        assertThat(robot.lookup("#train-scores").queryAs(Label.class).getText()).startsWith("AP@0.5 before")
                .contains("after").contains("training images themselves");

        robot.clickOn("#train-use");
        waitUntil(10, () -> model.equals(window.controller().parametersProperty().get().model()));
        ProjectStore store = window.controller().storeProperty().get();
        long other = store.images().stream().mapToLong(ProjectImage::id).filter(id -> id != corrected).findFirst().orElseThrow();
        waitUntil(120, () -> window.controller().runningProperty().get() == null && store.analysis(other)
                .flatMap(a -> store.settings(a.settingsId())).map(s -> s.model().endsWith(model.getFileName().toString())).orElse(false));
        assertThat(store.analysis(corrected).flatMap(a -> store.settings(a.settingsId())).orElseThrow().model())
                .as("the corrected image keeps its analysis and masks").doesNotContain(model.getFileName().toString());
        assertThat(new ProjectTraining(store).correctedImageIds()).containsExactly(corrected);
        assertThat(session.images()).allMatch(e -> e.status() == ImageStatus.ANALYSED);
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
