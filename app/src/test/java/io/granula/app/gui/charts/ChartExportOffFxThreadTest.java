package io.granula.app.gui.charts;

import io.granula.app.gui.session.WorkbenchSession;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 15, item 9: a chart export takes only the snapshot (or the SVG text) on the FX thread; the PNG
 * encoding and the file write happen elsewhere, and a failed write comes back as an error, not a crash.
 */
@ExtendWith(ApplicationExtension.class)
class ChartExportOffFxThreadTest {
    private HistogramPane histogram;

    @Start
    void start(Stage stage) {
        WorkbenchSession session = new WorkbenchSession();
        histogram = new HistogramPane(session);
        stage.setScene(new Scene(histogram, 600, 400));
        stage.show();
        session.images().add(ChartLayoutOutsidePulseTest.analysedEntry());
        session.currentProperty().set(session.images().get(0));
    }

    @Test
    void theFxThreadPartWritesNothingAndTheRestWritesTheFilesFromAnotherThread(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("histogram.png"), svg = dir.resolve("histogram.svg");
        ChartSupport.Write[] writes = WaitForAsyncUtils.asyncFx(() -> new ChartSupport.Write[]{
                ChartSupport.capture(histogram, histogram.chart(), png),
                ChartSupport.capture(histogram, histogram.chart(), svg)}).get(20, TimeUnit.SECONDS);
        assertThat(png).doesNotExist();
        assertThat(svg).doesNotExist();

        assertThat(Platform.isFxApplicationThread()).isFalse();
        writes[0].write();
        writes[1].write();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(svg)).startsWith("<svg").contains("</svg>");
    }

    @Test
    void aBackgroundExportThatCannotWriteFailsWithTheProblemAndLeavesNoFile(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("histogram.png");
        var future = WaitForAsyncUtils.asyncFx(() -> ChartSupport.exportInBackground(histogram, histogram.chart(), target))
                .get(20, TimeUnit.SECONDS);
        Throwable failed = catchThrowable(() -> future.get(20, TimeUnit.SECONDS));
        assertThat(failed).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
        assertThat(Files.exists(target)).isFalse();
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left behind").containsExactly(notAFolder);
        }

        Path ok = dir.resolve("histogram.png");
        Path written = WaitForAsyncUtils.asyncFx(() -> ChartSupport.exportInBackground(histogram, histogram.chart(), ok))
                .get(20, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        assertThat(Files.readAllBytes(written)).startsWith(0x89, 'P', 'N', 'G');
    }
}
