package io.granula.app.gui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementUnits;
import javafx.embed.swing.SwingFXUtils;
import io.granula.core.io.AtomicFiles;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What the chart panes share: axes, the measurement chooser and PNG/SVG export. */
public final class ChartSupport {
    /** One writer: exports finish in the order they were asked for. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "granula-chart-export");
        t.setDaemon(true);
        return t;
    });

    private ChartSupport() {
    }

    static LayoutSafeChart chart(DefaultNumericAxis x, DefaultNumericAxis y) {
        x.setSide(Side.BOTTOM);
        y.setSide(Side.LEFT);
        x.setAutoUnitScaling(false);
        y.setAutoUnitScaling(false);
        LayoutSafeChart chart = new LayoutSafeChart(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinSize(200, 150);
        return chart;
    }

    /** Measurements worth charting (not positions), in {@link Measurement} order. */
    static List<Measurement> chartable() {
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : Measurement.values()) {
            if (!m.isLocation()) {
                out.add(m);
            }
        }
        return out;
    }

    static ComboBox<Measurement> measurementChooser(Measurement initial) {
        ComboBox<Measurement> box = new ComboBox<>();
        box.getItems().setAll(chartable());
        box.setValue(initial);
        box.setCellFactory(v -> new NameCell());
        box.setButtonCell(new NameCell());
        return box;
    }

    /** "ECD (nm)" for an axis. */
    static String axisName(Measurement m, MeasurementUnits units) {
        return io.granula.app.gui.table.Columns.heading(m, units);
    }

    /** Writes a picture of the node as it is on screen (whole or not at all). */
    public static void exportPng(Node node, Path file) throws IOException {
        pngOf(node.snapshot(null, null), file).write();
    }

    /**
     * Exports a chart pane by the file's extension: {@code .svg} as vectors from its data ({@link ChartSvg}),
     * anything else as a PNG of the pane as it is on screen. Call on the FX thread; it returns once the file
     * is written (see {@link #exportInBackground} for the window's menu).
     */
    public static void export(Node pane, XYChart chart, Path file) throws IOException {
        capture(pane, chart, file).write();
    }

    /**
     * Takes on the FX thread only what must be taken there (the snapshot, or the SVG text built from the
     * chart's data) and writes the file on a background thread: PNG encoding and the disk write took the
     * FX thread for longer than issue 15's 100 ms on a large chart. The future completes with the file, or
     * fails with an {@link IOException} naming it; nothing is left half-written ({@link AtomicFiles}).
     */
    public static CompletableFuture<Path> exportInBackground(Node pane, XYChart chart, Path file) {
        Write write = capture(pane, chart, file);
        CompletableFuture<Path> done = new CompletableFuture<>();
        WRITER.execute(() -> {
            try {
                write.write();
                done.complete(file);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** A file export whose FX-thread part is done: what is left can run on any thread. */
    @FunctionalInterface
    public interface Write {
        void write() throws IOException;
    }

    /** The FX-thread part of an export (see {@link #exportInBackground}); nothing is written yet. */
    public static Write capture(Node pane, XYChart chart, Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            String svg = ChartSvg.of(chart);
            return () -> AtomicFiles.writeString(file, svg);
        }
        return pngOf(pane.snapshot(null, null), file);
    }

    /** The snapshot is a new image nobody changes, so its pixels may be read off the FX thread. */
    private static Write pngOf(WritableImage img, Path file) {
        return () -> {
            var picture = SwingFXUtils.fromFXImage(img, null);
            AtomicFiles.write(file, out -> ImageIO.write(picture, "png", out));
        };
    }

    private static final class NameCell extends ListCell<Measurement> {
        @Override
        protected void updateItem(Measurement m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : m == Measurement.ECD ? "ECD (equivalent circular diameter)" : m.key().replace('_', ' '));
        }
    }
}
