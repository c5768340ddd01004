package io.granula.app.gui.panels;

import io.granula.app.gui.workflow.AnalysisParameters;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The analysis parameters (as {@code analyze} takes them): model, diameter (auto or pixels), flow and
 * cell-probability thresholds, device. They are stored in the project with every analysis; opening a
 * project shows the ones it was last analysed with.
 */
public final class AnalysisPanel extends VBox {
    private final ObjectProperty<AnalysisParameters> parameters;
    private final TextField model = new TextField();
    private final TextField diameter = new TextField();
    private final TextField flow = new TextField();
    private final TextField cellprob = new TextField();
    private final ComboBox<String> device = new ComboBox<>();
    private boolean showing;

    public AnalysisPanel(ObjectProperty<AnalysisParameters> parameters) {
        this.parameters = parameters;
        Label title = new Label("Analysis");
        title.getStyleClass().add("panel-title");
        device.getItems().setAll("auto", "cpu", "gpu");
        diameter.setPromptText("auto");
        diameter.setTooltip(new Tooltip("Typical particle diameter in pixels; empty = estimated per image"));
        flow.setTooltip(new Tooltip("Masks whose flows disagree more than this are dropped (Cellpose flow_threshold, 0.4)"));
        cellprob.setTooltip(new Tooltip("Pixels with a cell-probability logit above this are inside particles (0)"));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("Model"), model);
        grid.addRow(1, new Label("Diameter (px)"), diameter);
        grid.addRow(2, new Label("Flow threshold"), flow);
        grid.addRow(3, new Label("Cell prob."), cellprob);
        grid.addRow(4, new Label("Device"), device);
        for (TextField f : new TextField[]{model, diameter, flow, cellprob}) {
            f.setPrefColumnCount(8);
            f.textProperty().addListener((o, a, b) -> push());
        }
        device.valueProperty().addListener((o, a, b) -> push());
        parameters.addListener((o, a, now) -> show(now));
        show(parameters.get());
        setPadding(new Insets(4));
        setSpacing(6);
        getChildren().addAll(title, grid);
    }

    private void show(AnalysisParameters p) {
        if (showing) {
            return;
        }
        showing = true;
        model.setText(p.model().toString());
        diameter.setText(Double.isNaN(p.diameterPx()) ? "" : String.format(Locale.ROOT, "%.1f", p.diameterPx()));
        flow.setText(String.format(Locale.ROOT, "%.2f", p.flowThreshold()));
        cellprob.setText(String.format(Locale.ROOT, "%.1f", p.cellprobThreshold()));
        device.setValue(p.device());
        showing = false;
    }

    private void push() {
        if (showing) {
            return;
        }
        AnalysisParameters p = parameters.get();
        try {
            String d = diameter.getText().trim();
            double dia = d.isEmpty() ? Double.NaN : Double.parseDouble(d);
            if (!Double.isNaN(dia) && !(dia > 0)) {
                throw new NumberFormatException();
            }
            AnalysisParameters next = new AnalysisParameters(Path.of(model.getText().trim()), dia,
                    Double.parseDouble(flow.getText().trim()), Double.parseDouble(cellprob.getText().trim()),
                    p.minSize(), device.getValue(), p.augment());
            for (TextField f : new TextField[]{diameter, flow, cellprob}) {
                f.setStyle("");
            }
            showing = true;
            parameters.set(next);
            showing = false;
        } catch (RuntimeException e) {
            setStyle("");
        }
    }
}
