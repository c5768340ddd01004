package io.granula.app.gui.panels;

import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.table.Columns;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleTable;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The particle filter: a range on one measurement (ECD first, in the images' units; empty = open) and
 * "exclude particles cut by the border". Every change replaces the session's filter at once, which the
 * table, the viewer and the charts follow, and the project stores.
 */
public final class FilterPanel extends VBox {
    private final WorkbenchSession session;
    private final ComboBox<Measurement> measurement = new ComboBox<>();
    private final TextField min = new TextField();
    private final TextField max = new TextField();
    private final CheckBox excludeEdge = new CheckBox("Exclude particles cut by the border");
    private final Label kept = new Label();
    private final Label unit = new Label();
    private boolean showing;

    public FilterPanel(WorkbenchSession session) {
        this.session = session;
        setId("filters");
        measurement.getItems().setAll(Measurement.ECD, Measurement.AREA, Measurement.FERET, Measurement.MIN_FERET,
                Measurement.ASPECT_RATIO, Measurement.CIRCULARITY, Measurement.SOLIDITY, Measurement.MEAN_INTENSITY);
        measurement.setValue(Measurement.ECD);
        min.setId("filter-min");
        max.setId("filter-max");
        excludeEdge.setId("filter-edge");
        min.setPromptText("min");
        max.setPromptText("max");
        min.setPrefColumnCount(6);
        max.setPrefColumnCount(6);
        Label title = new Label("Filter");
        title.getStyleClass().add("panel-title");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("Range of"), measurement);
        grid.addRow(1, new Label("from"), min);
        grid.addRow(2, new Label("to"), max, unit);
        setPadding(new Insets(4));
        setSpacing(6);
        getChildren().addAll(title, grid, excludeEdge, kept);
        min.textProperty().addListener((o, a, b) -> apply());
        max.textProperty().addListener((o, a, b) -> apply());
        measurement.valueProperty().addListener((o, a, b) -> apply());
        excludeEdge.selectedProperty().addListener((o, a, b) -> apply());
        session.filterProperty().addListener((o, a, now) -> show(now));
        session.keptProperty().addListener((o, a, now) -> {
            ParticleTable t = now.table();
            kept.setText(t == null ? "" : now.count() + " of " + t.size() + " particles kept on this image");
            unit.setText(t == null ? "" : t.units().displayUnit(measurement.getValue().unitKind()));
        });
        kept.setId("filter-kept");
    }

    /** Puts a stored filter into the fields (the first range, and the edge choice). */
    private void show(ParticleFilter f) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            excludeEdge.setSelected(f.excludeEdgeTouching());
            if (f.ranges().isEmpty()) {
                min.setText("");
                max.setText("");
            } else {
                MeasurementRange r = f.ranges().get(0);
                measurement.setValue(r.measurement());
                min.setText(Double.isFinite(r.min()) ? Columns.format(r.min()) : "");
                max.setText(Double.isFinite(r.max()) ? Columns.format(r.max()) : "");
            }
        } finally {
            showing = false;
        }
    }

    private void apply() {
        if (showing) {
            return;
        }
        double lo = parse(min), hi = parse(max);
        ParticleFilter f = ParticleFilter.ALL.excludingEdgeTouching(excludeEdge.isSelected());
        if (!Double.isNaN(lo) || !Double.isNaN(hi)) {
            double a = Double.isNaN(lo) ? Double.NEGATIVE_INFINITY : lo;
            double b = Double.isNaN(hi) ? Double.POSITIVE_INFINITY : hi;
            if (a > b) {
                max.setStyle("-fx-border-color: #c0392b;");
                return;
            }
            f = f.withRange(new MeasurementRange(measurement.getValue(), a, b));
        }
        max.setStyle("");
        showing = true;
        try {
            session.filterProperty().set(f);
        } finally {
            showing = false;
        }
    }

    /** The typed number, NaN when empty or not a number (the field turns red). */
    private static double parse(TextField field) {
        String s = field.getText() == null ? "" : field.getText().trim().replace(',', '.');
        if (s.isEmpty()) {
            field.setStyle("");
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s.toLowerCase(Locale.ROOT));
            field.setStyle("");
            return v;
        } catch (NumberFormatException e) {
            field.setStyle("-fx-border-color: #c0392b;");
            return Double.NaN;
        }
    }
}
