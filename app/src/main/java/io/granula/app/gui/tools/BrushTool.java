package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.ParticleRef;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.Navigation;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.EditOperation;
import io.granula.app.project.Region;
import javafx.beans.property.IntegerProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Brush and eraser, one stroke one edit. The brush adds the stroke to the particle it starts on (or to
 * the selected particle when it starts on background; with neither, the stroke becomes a new particle);
 * the eraser makes the stroke background. The radius is shown as a circle at the pointer.
 */
final class BrushTool extends EditTool {
    private final boolean erase;
    private final IntegerProperty radius;
    private final List<double[]> stroke = new ArrayList<>();
    private double[] pointer;
    private int label;

    BrushTool(WorkbenchSession session, EditService edits, ViewerPane viewer, boolean erase, IntegerProperty radius) {
        super(session, edits, viewer);
        this.erase = erase;
        this.radius = radius;
    }

    @Override
    public boolean mouse(MouseEvent e, double x, double y) {
        pointer = new double[]{x, y};
        if (e.getEventType() == MouseEvent.MOUSE_MOVED || e.getEventType() == MouseEvent.MOUSE_EXITED) {
            pointer = e.getEventType() == MouseEvent.MOUSE_EXITED ? null : pointer;
            viewer.redraw();
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
            stroke.clear();
            stroke.add(pointer);
            label = labelAt(x, y);
            ParticleRef sel = session.selectedProperty().get();
            if (label == 0 && sel != null) {
                label = sel.label();
            }
            return true;
        }
        if (stroke.isEmpty()) {
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            stroke.add(pointer);
            viewer.redraw();
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            Region r = Regions.stroke(stroke, radius.get());
            stroke.clear();
            viewer.redraw();
            submit(erase ? new EditOperation.Erase(r, 0)
                    : label > 0 ? new EditOperation.Paint(label, r) : new EditOperation.Create(r, false));
        }
        return true;
    }

    @Override
    public void paint(GraphicsContext gc, Navigation nav) {
        if (stroke.size() > 1) {
            Marks.polyline(gc, nav, stroke, false);
        }
        if (pointer != null) {
            Marks.circle(gc, nav, pointer[0], pointer[1], radius.get() + 0.5);
        }
    }
}
