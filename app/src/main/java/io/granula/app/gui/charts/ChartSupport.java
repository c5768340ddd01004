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

/** What the chart panes share: axes, the measurement chooser and PNG export. */
public final class ChartSupport {
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
        WritableImage img = node.snapshot(null, null);
        var picture = SwingFXUtils.fromFXImage(img, null);
        AtomicFiles.write(file, out -> ImageIO.write(picture, "png", out));
    }

    /**
     * Exports a chart pane by the file's extension: {@code .svg} as vectors from its data ({@link ChartSvg}),
     * anything else as a PNG of the pane as it is on screen.
     */
    public static void export(Node pane, XYChart chart, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            AtomicFiles.writeString(file, ChartSvg.of(chart));
        } else {
            exportPng(pane, file);
        }
    }

    private static final class NameCell extends ListCell<Measurement> {
        @Override
        protected void updateItem(Measurement m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : m == Measurement.ECD ? "ECD (equivalent circular diameter)" : m.key().replace('_', ' '));
        }
    }
}
