package io.granula.app.gui.panels;

import io.granula.app.gui.session.ParticleRef;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.table.Columns;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Every measurement of the selected particle in physical units, each with its definition as tooltip. */
public final class DetailsPanel extends VBox {
    private final GridPane grid = new GridPane();
    private final Label title = new Label("No particle selected");

    public DetailsPanel(WorkbenchSession session) {
        setId("details");
        grid.setHgap(10);
        grid.setVgap(1);
        title.getStyleClass().add("panel-title");
        title.setId("details-title");
        setPadding(new Insets(4));
        setSpacing(4);
        getChildren().addAll(title, grid);
        session.selectedProperty().addListener((o, a, now) -> show(now));
    }

    private void show(ParticleRef p) {
        grid.getChildren().clear();
        if (p == null) {
            title.setText("No particle selected (click one)");
            return;
        }
        ParticleTable t = p.table();
        title.setText("Particle " + p.label() + " of " + p.image().name() + (t.isEdgeTouching(p.row()) ? " (cut by the border)" : ""));
        int row = 0;
        for (Measurement m : t.measurements()) {
            if (m == Measurement.EDGE_TOUCHING) {
                continue;
            }
            Label name = new Label(Columns.heading(m, t.units()));
            name.setTooltip(new Tooltip(m.description() + "\n" + m.source()));
            Label value = new Label(Columns.format(t.value(m, p.row())));
            value.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
            grid.addRow(row++, name, value);
        }
    }
}
