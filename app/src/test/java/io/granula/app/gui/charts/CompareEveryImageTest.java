package io.granula.app.gui.charts;

import io.granula.app.gui.WorkbenchWindow;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.CalibrationOrigin;
import io.granula.app.project.ProjectFixtures;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.stats.BoxPlot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The box and violin plots of a reopened project compare every analysed image, not only the one on screen:
 * the others come from the measurements the project stores, through the same filter.
 */
@ExtendWith(ApplicationExtension.class)
class CompareEveryImageTest {
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage);
        stage.show();
    }

    @Test
    void aReopenedProjectComparesEveryAnalysedImageThroughTheFilter(FxRobot robot, @TempDir Path dir) throws Exception {
        int[] counts = {12, 8, 5};
        Path project;
        try (ProjectStore store = ProjectStore.create(dir.resolve("three.granula"))) {
            long sample = store.ensureSample("powder A").id();
            for (int i = 0; i < counts.length; i++) {
                LabelImage labels = ProjectFixtures.discs(160, 120, counts[i], 7 + i);
                Path file = ProjectFixtures.writeImage(dir.resolve("grains-" + i + ".png"), labels);
                ProjectImage img = store.addImage(file, "grains-" + i, sample);
                CalibrationEntry cal = store.setCalibration(img.id(), 2.5, CalibrationOrigin.TYPED, "typed: 2.5 nm/px");
                ProjectFixtures.saveAnalysis(store, img, labels, ProjectFixtures.read(file), cal.calibration());
            }
            project = store.file();
        }
        WorkbenchSession session = window.session();
        BoxPlotPane compare = robot.lookup("#boxplot").queryAs(BoxPlotPane.class);
        robot.interact(() -> window.controller().openProject(project));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> compare.comparedImages().size() == 3);
        // only the image on screen is loaded; the other two are compared from the stored measurements
        assertThat(session.images().stream().filter(e -> e.result() != null).count()).isLessThanOrEqualTo(1);
        assertThat(compare.comparedImages()).containsExactly("powder A / grains-0", "powder A / grains-1", "powder A / grains-2");
        int[] stored = new int[3];
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            for (int i = 0; i < 3; i++) {
                stored[i] = store.particleCount(store.images().get(i).id());
            }
        }
        assertThat(stored).doesNotContain(0);
        assertThat(compare.boxPlots()).extracting(BoxPlot::n).containsExactly(stored[0], stored[1], stored[2]);

        // a diameter filter applies to the stored images as it does to the loaded one
        double cut = 35; // nm: discs of radius 4..11 px at 2.5 nm/px are about 20..55 nm across
        robot.interact(() -> session.filterProperty().set(ParticleFilter.ALL.withRange(MeasurementRange.atLeast(Measurement.ECD, cut))));
        WaitForAsyncUtils.waitForFxEvents();
        List<BoxPlot> filtered = compare.boxPlots();
        assertThat(filtered).hasSize(3);
        assertThat(filtered.stream().mapToInt(BoxPlot::n).sum()).isLessThan(stored[0] + stored[1] + stored[2]);
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            for (int i = 0; i < 3; i++) {
                long id = store.images().get(i).id();
                long expected = store.particles(id).stream().filter(p -> p.value(Measurement.ECD) >= cut).count();
                assertThat(filtered.get(i).n()).as("grains-" + i).isEqualTo((int) expected);
            }
        }
    }
}
