package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.Navigation;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.EditOperation;
import io.granula.app.project.Region;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Draw a new particle: drag for a freehand lasso (it closes on release), or click the corners of a polygon
 * and double-click to close it. The new particle takes only background pixels, so it never eats a
 * neighbour.
 */
final class DrawTool extends EditTool {
    private final List<double[]> points = new ArrayList<>();
    private double[] pointer;
    private boolean freehand;
    private double[] pressAt;

    DrawTool(WorkbenchSession session, EditService edits, ViewerPane viewer) {
        super(session, edits, viewer);
    }

    @Override
    public boolean mouse(MouseEvent e, double x, double y) {
        if (e.getButton() != MouseButton.PRIMARY && e.getEventType() != MouseEvent.MOUSE_MOVED
                && e.getEventType() != MouseEvent.MOUSE_DRAGGED) {
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_MOVED) {
            pointer = new double[]{x, y};
            if (!points.isEmpty()) {
                viewer.redraw();
            }
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            pressAt = new double[]{x, y};
            freehand = false;
            return true;
        }
        if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && pressAt != null) {
            if (!freehand && points.isEmpty()) {
                freehand = true;
                points.add(pressAt);
            }
            if (freehand) {
                points.add(new double[]{x, y});
                viewer.redraw();
            }
            return true;
        }
        if (e.getEventType() == MouseEvent.MOUSE_RELEASED && pressAt != null) {
            pressAt = null;
            if (freehand) {
                finish();
            } else if (e.getClickCount() >= 2) {
                finish();
            } else {
                points.add(new double[]{x, y});
                viewer.redraw();
            }
            return true;
        }
        return e.getEventType() == MouseEvent.MOUSE_CLICKED;
    }

    private void finish() {
        Region r = Regions.polygon(points);
        points.clear();
        freehand = false;
        viewer.redraw();
        if (r != null) {
            submit(new EditOperation.Create(r, false));
        }
    }

    @Override
    public void paint(GraphicsContext gc, Navigation nav) {
        List<double[]> shown = new ArrayList<>(points);
        if (!freehand && pointer != null && !points.isEmpty()) {
            shown.add(pointer);
        }
        Marks.polyline(gc, nav, shown, freehand);
    }
}
