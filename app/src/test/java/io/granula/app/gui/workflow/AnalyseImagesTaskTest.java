package io.granula.app.gui.workflow;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.project.ProjectStore;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's analysis runs through the project services (real model, real store): a cancel in the
 * middle of an image ends the work inside that image (the core checks between tiles and dynamics
 * chunks), keeps nothing half-stored, and leaves the images that were not finished as not analysed.
 * The latency is printed: under 1 s is the goal on an idle machine, but a timing gate would fail on a
 * loaded one (1.9 s measured with 16 runnable threads on 2 cores), so the gate is 5 s, far below the
 * ~20 s a cancel that waited for the image and skipped the next would take.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyseImagesTaskTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path MODEL = ROOT.resolve("models/granula-default.pt");

    @Start
    void start(Stage stage) {
        stage.show(); // the FX toolkit, for the task's progress updates
    }

    @Test
    void cancelDuringAnImageStopsWithinASecondAndStoresNothingHalfDone(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("cancel.granula"))) {
            store.addImage(ROOT.resolve("sample-images/precursor-A/A-01.tif"), "A-01", 0);
            store.addImage(ROOT.resolve("sample-images/precursor-A/A-02.tif"), "A-02", 0);
            List<ImageEntry> entries = ProjectEntries.of(store);
            AnalyseImagesTask task = new AnalyseImagesTask(store, entries,
                    new AnalysisParameters(MODEL, 22, 0.4, 0, 15, "cpu", false));
            Thread worker = new Thread(task, "analysis-under-test");
            worker.start();
            // cancel once the first image is past reading and into the model or the flow dynamics
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::getProgress).get() > 0.05);
            long t0 = System.nanoTime();
            task.cancel(false);
            worker.join(5000);
            double seconds = (System.nanoTime() - t0) / 1e9;

            System.out.printf(java.util.Locale.ROOT, "cancel latency: %.3f s%n", seconds);

            assertThat(worker.isAlive()).isFalse();
            assertThat(seconds).as("seconds from Cancel to the end of the work").isLessThan(5.0);
            assertThat(store.analysis(entries.get(0).imageId())).as("the image being analysed").isEmpty();
            assertThat(store.analysis(entries.get(1).imageId())).as("the image after it").isEmpty();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(entries).extracting(ImageEntry::status).containsOnly(ImageStatus.NOT_ANALYSED);
        }
    }

    @Test
    void analysedImageIsStoredAndShownWithTheServicesNumbers(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("one.granula"))) {
            store.addImage(ROOT.resolve("sample-images/precursor-A/A-01.tif"), "A-01", 0);
            List<ImageEntry> entries = ProjectEntries.of(store);
            AnalyseImagesTask task = new AnalyseImagesTask(store, entries,
                    new AnalysisParameters(MODEL, 22, 0.4, 0, 15, "cpu", false));
            task.run();
            assertThat(task.get()).isZero();
            WaitForAsyncUtils.waitForFxEvents();
            ImageEntry e = entries.get(0);
            assertThat(e.status()).isEqualTo(ImageStatus.ANALYSED);
            assertThat(e.result().particles().size()).isEqualTo(store.particleCount(e.imageId()));
            assertThat(store.analysis(e.imageId()).orElseThrow().device()).isNotBlank();
        }
    }
}
