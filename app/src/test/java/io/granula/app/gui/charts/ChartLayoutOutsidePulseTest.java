package io.granula.app.gui.charts;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.project.ProjectFixtures;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ChartFX read-locks a chart's data sets when it lays the chart out and unlocks them after the layout of
 * the pulse; a layout outside a pulse (a snapshot for the PNG export, a harness calling {@code layout()})
 * used to leave them locked, so the next data change on the FX thread waited for its own read lock
 * forever. The charts here must take new data right after such a layout.
 */
@ExtendWith(ApplicationExtension.class)
class ChartLayoutOutsidePulseTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void chartsTakeNewDataRightAfterALayoutOutsideAPulse() throws Exception {
        WorkbenchSession session = new WorkbenchSession();
        VBox charts = WaitForAsyncUtils.asyncFx(() -> {
            VBox box = new VBox(new HistogramPane(session), new ScatterPane(session), new BoxPlotPane(session));
            new Scene(box, 800, 900); // in a scene but never shown: no pulse ever lays it out
            session.images().add(analysedEntry());
            session.currentProperty().set(session.images().get(0));
            return box;
        }).get(10, TimeUnit.SECONDS);
        Boolean followed = WaitForAsyncUtils.asyncFx(() -> {
            charts.applyCss();
            charts.layout(); // locks the data sets: no post-layout pulse will unlock them
            session.filterProperty().set(ParticleFilter.ALL.withRange(MeasurementRange.atLeast(Measurement.ECD, 1)));
            return ((HistogramPane) charts.getChildren().get(0)).shownCount() >= 0;
        }).get(20, TimeUnit.SECONDS);
        assertThat(followed).isTrue();
    }

    @Test
    void aChartTakesNewDataRightAfterItsPngExport(@TempDir Path dir) throws Exception {
        WorkbenchSession session = new WorkbenchSession();
        HistogramPane histogram = WaitForAsyncUtils.asyncFx(() -> {
            HistogramPane h = new HistogramPane(session);
            stage.setScene(new Scene(h, 600, 400));
            stage.show();
            session.images().add(analysedEntry());
            session.currentProperty().set(session.images().get(0));
            return h;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("histogram.png");
        Integer shown = WaitForAsyncUtils.asyncFx(() -> {
            ChartSupport.exportPng(histogram, png); // the snapshot lays the chart out outside a pulse
            session.filterProperty().set(ParticleFilter.ALL.excludingEdgeTouching(true));
            return histogram.shownCount();
        }).get(20, TimeUnit.SECONDS);
        assertThat(png).exists();
        assertThat(Files.size(png)).isPositive();
        assertThat(shown).isPositive();
    }

    static ImageEntry analysedEntry() {
        LabelImage labels = ProjectFixtures.discs(160, 120, 12, 7);
        float[] px = new float[160 * 120];
        for (int i = 0; i < px.length; i++) {
            px[i] = labels.labels()[i] == 0 ? 20 : 200;
        }
        Image2D image = new Image2D(160, 120, PixelType.UINT8, px);
        Calibration cal = new Calibration(2.5, CalibrationSource.USER, "test");
        ParticleTable table = new ParticleMeasurer().measure(labels, image, cal, null);
        ImageEntry entry = new ImageEntry(1, Path.of("grains.png"), "grains", "powder A");
        entry.resultProperty().set(ImageResult.of(image, labels, table, cal, null));
        entry.statusProperty().set(ImageStatus.ANALYSED);
        return entry;
    }
}
