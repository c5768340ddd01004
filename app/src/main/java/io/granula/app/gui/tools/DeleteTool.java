package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.Navigation;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.EditOperation;
import io.granula.app.project.Region;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Delete: a click removes the particle under it; a drag removes every particle whose bounding box lies in
 * the rectangle; a drag with Shift held is a lasso, removing every particle whose centroid it encloses.
 */
final class DeleteTool extends EditTool {
    private final List<double[]> path = new ArrayList<>();
    private boolean lasso;

    DeleteTool(WorkbenchSession session, EditService edits, ViewerPane viewer) {
        super(session, edits, viewer);
    }

    @Override
    public boolean mouse(MouseEvent e, double x, double y) {
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
            path.clear();
            path.add(new double[]{x, y});
            lasso = e.isShiftDown();
            return true;
        }
        if (path.isEmpty()) {
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            path.add(new double[]{x, y});
            viewer.redraw();
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            path.add(new double[]{x, y});
            List<Integer> chosen = chosen();
            path.clear();
            viewer.redraw();
            if (!chosen.isEmpty()) {
                submit(new EditOperation.Delete(chosen));
            }
        }
        return true;
    }

    private List<Integer> chosen() {
        double[] a = path.get(0), b = path.get(path.size() - 1);
        boolean click = Math.abs(b[0] - a[0]) * viewer.navigation().scale() < 4
                && Math.abs(b[1] - a[1]) * viewer.navigation().scale() < 4 && path.size() < 4;
        if (click) {
            int label = labelAt(a[0], a[1]);
            return label == 0 ? List.of() : List.of(label);
        }
        ParticleTable t = session.currentTable();
        List<Integer> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        double perPx = t.units().unitsPerPixel();
        Region shape = lasso ? Regions.polygon(path) : null;
        double x0 = Math.min(a[0], b[0]), x1 = Math.max(a[0], b[0]), y0 = Math.min(a[1], b[1]), y1 = Math.max(a[1], b[1]);
        for (int r = 0; r < t.size(); r++) {
            if (lasso) {
                int cx = (int) Math.floor(t.value(Measurement.CENTROID_X, r) / perPx);
                int cy = (int) Math.floor(t.value(Measurement.CENTROID_Y, r) / perPx);
                if (shape != null && shape.contains(cx, cy)) {
                    out.add(t.label(r));
                }
            } else {
                double bx = t.value(Measurement.BBOX_X, r) / perPx, by = t.value(Measurement.BBOX_Y, r) / perPx;
                double bw = t.value(Measurement.BBOX_WIDTH, r) / perPx, bh = t.value(Measurement.BBOX_HEIGHT, r) / perPx;
                if (bx >= x0 && by >= y0 && bx + bw <= x1 + 1 && by + bh <= y1 + 1) {
                    out.add(t.label(r));
                }
            }
        }
        return out;
    }

    @Override
    public void paint(GraphicsContext gc, Navigation nav) {
        if (path.size() < 2) {
            return;
        }
        if (lasso) {
            Marks.polyline(gc, nav, path, true);
        } else {
            double[] a = path.get(0), b = path.get(path.size() - 1);
            Marks.rectangle(gc, nav, a[0], a[1], b[0], b[1]);
        }
    }
}
