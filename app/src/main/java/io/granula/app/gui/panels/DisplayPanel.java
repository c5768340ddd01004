package io.granula.app.gui.panels;

import io.granula.app.gui.viewer.DisplayLimits;
import io.granula.app.gui.viewer.OverlayStyle;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.core.measure.Measurement;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * How the viewer draws: masks on or off, outlines or fills, colour per particle or by a measurement, and
 * brightness/contrast as black and white points (ImageJ's B&C), with Auto back to the 0.1-99.9
 * percentiles. Sliders span the file's storage range (0..255 or 0..65535).
 */
public final class DisplayPanel extends VBox {
    private static final String PER_PARTICLE = "one colour per particle";
    private final ViewerPane viewer;
    private final Slider black = new Slider();
    private final Slider white = new Slider();
    private boolean updating;

    public DisplayPanel(ViewerPane viewer) {
        this.viewer = viewer;
        Label title = new Label("Display");
        title.getStyleClass().add("panel-title");
        CheckBox masks = new CheckBox("Masks");
        masks.setSelected(true);
        CheckBox fill = new CheckBox("Filled");
        ComboBox<String> colour = new ComboBox<>();
        colour.getItems().add(PER_PARTICLE);
        for (Measurement m : new Measurement[]{Measurement.ECD, Measurement.AREA, Measurement.CIRCULARITY,
                Measurement.ASPECT_RATIO, Measurement.SOLIDITY, Measurement.MEAN_INTENSITY}) {
            colour.getItems().add(m.key());
        }
        colour.setValue(PER_PARTICLE);
        masks.selectedProperty().addListener((o, a, b) -> viewer.overlayStyleProperty().set(viewer.overlayStyleProperty().get().withVisible(b)));
        fill.selectedProperty().addListener((o, a, b) -> viewer.overlayStyleProperty().set(viewer.overlayStyleProperty().get().withFill(b)));
        colour.valueProperty().addListener((o, a, b) -> viewer.overlayStyleProperty().set(viewer.overlayStyleProperty().get()
                .colouredBy(PER_PARTICLE.equals(b) ? null : Measurement.byKey(b).orElse(null))));
        viewer.overlayStyleProperty().addListener((o, a, s) -> {
            masks.setSelected(s.visible());
            fill.setSelected(s.fill());
        });
        Button auto = new Button("Auto");
        auto.setOnAction(e -> autoContrast());
        black.valueProperty().addListener((o, a, b) -> pushLimits());
        white.valueProperty().addListener((o, a, b) -> pushLimits());
        viewer.limitsProperty().addListener((o, a, now) -> showLimits(now));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        Label colourLabel = new Label("Colour");
        Label blackLabel = new Label("Black");
        Label whiteLabel = new Label("White");
        for (Control c : new Control[]{masks, fill, auto, colourLabel, blackLabel, whiteLabel}) {
            c.setMinWidth(Region.USE_PREF_SIZE); // never "M..." or "C..." in a narrow panel: the choices shrink instead
        }
        colour.setMinWidth(80);
        black.setPrefWidth(120);
        white.setPrefWidth(120);
        grid.add(new HBox(12, masks, fill), 0, 0, 3, 1);
        grid.add(colourLabel, 0, 1);
        grid.add(colour, 1, 1);
        grid.addRow(2, blackLabel, black);
        grid.addRow(3, whiteLabel, white, auto);
        setPadding(new Insets(4));
        setSpacing(6);
        getChildren().addAll(title, grid);
    }

    /** Back to the automatic range (0.1-99.9 percentiles). */
    public void autoContrast() {
        if (viewer.shown() != null) {
            viewer.limitsProperty().set(DisplayLimits.auto(viewer.shown().autoRange()));
        }
    }

    private void showLimits(DisplayLimits l) {
        if (l == null || viewer.shown() == null || updating) {
            return;
        }
        updating = true;
        DisplayLimits full = DisplayLimits.fullRange(viewer.shown().image(), viewer.shown().autoRange());
        for (Slider s : new Slider[]{black, white}) {
            s.setMin(full.low());
            s.setMax(full.high());
        }
        black.setValue(l.low());
        white.setValue(l.high());
        updating = false;
    }

    private void pushLimits() {
        if (!updating && viewer.shown() != null) {
            updating = true;
            viewer.limitsProperty().set(new DisplayLimits(black.getValue(), Math.max(white.getValue(), black.getValue() + 1e-6)));
            updating = false;
        }
    }
}
