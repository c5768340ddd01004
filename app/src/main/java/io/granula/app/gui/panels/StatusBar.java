package io.granula.app.gui.panels;

import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ParticleRef;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.table.Columns;
import io.granula.app.gui.tasks.MonitoredTask;
import io.granula.app.gui.viewer.HoverInfo;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.gui.workflow.WorkbenchController;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.UnitKind;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * The bottom line: pixel position, calibrated position and intensity under the mouse with the particle
 * there, the last notice or error, and the running task with its progress, time left and Cancel.
 */
public final class StatusBar extends HBox {
    private final Label pointer = new Label();
    private final Label notice = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label task = new Label();
    private final Button cancel = new Button("Cancel");

    public StatusBar(WorkbenchSession session, ViewerPane viewer, WorkbenchController controller) {
        setId("status");
        pointer.setId("status-pointer");
        notice.setId("status-notice");
        task.setId("status-task");
        cancel.setId("cancel");
        pointer.setMinWidth(430);
        pointer.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
        notice.setStyle("-fx-text-fill: #b03a2e;");
        viewer.pointerProperty().addListener((o, a, h) -> pointer.setText(describe(h, viewer.shown(), session)));
        notice.textProperty().bind(controller.noticeProperty());
        progress.setPrefWidth(160);
        cancel.setOnAction(e -> controller.cancel());
        controller.runningProperty().addListener((o, a, t) -> showTask(t));
        showTask(null);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getChildren().addAll(pointer, notice, gap, task, progress, cancel);
    }

    private void showTask(MonitoredTask<?> t) {
        boolean on = t != null;
        progress.setVisible(on);
        cancel.setVisible(on);
        task.textProperty().unbind();
        progress.progressProperty().unbind();
        if (on) {
            task.textProperty().bind(t.messageProperty());
            progress.progressProperty().bind(t.progressProperty());
        } else {
            task.setText("");
        }
    }

    static String describe(HoverInfo h, ImageResult shown, WorkbenchSession session) {
        if (!h.inside() || shown == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "x %d  y %d px", h.x(), h.y()));
        if (shown.particles() != null && shown.particles().units().isCalibrated()) {
            var u = shown.particles().units();
            s.append(String.format(Locale.ROOT, "  (%s, %s %s)", Columns.format((h.x() + 0.5) * u.unitsPerPixel()),
                    Columns.format((h.y() + 0.5) * u.unitsPerPixel()), u.displayUnit(UnitKind.LENGTH)));
        }
        s.append("  value ").append(Columns.format(h.intensity()));
        if (h.label() > 0 && shown.particles() != null) {
            int row = shown.particles().rowOf(h.label());
            if (row >= 0) {
                ParticleRef p = new ParticleRef(session.current(), shown.particles(), row);
                s.append(String.format(Locale.ROOT, "  particle %d: ECD %s %s", h.label(),
                        Columns.format(p.value(Measurement.ECD)), shown.particles().units().displayUnit(UnitKind.LENGTH)));
            }
        }
        return s.toString();
    }
}
