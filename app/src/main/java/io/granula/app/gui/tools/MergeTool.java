package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.Navigation;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.EditOperation;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Merge: drag a stroke across the particles to join; on release they become one (the smallest id stays). */
final class MergeTool extends EditTool {
    private final List<double[]> stroke = new ArrayList<>();

    MergeTool(WorkbenchSession session, EditService edits, ViewerPane viewer) {
        super(session, edits, viewer);
    }

    @Override
    public boolean mouse(MouseEvent e, double x, double y) {
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
            stroke.clear();
            stroke.add(new double[]{x, y});
            return true;
        }
        if (stroke.isEmpty()) {
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            stroke.add(new double[]{x, y});
            viewer.redraw();
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            stroke.add(new double[]{x, y});
            Set<Integer> touched = crossed(stroke);
            stroke.clear();
            viewer.redraw();
            if (touched.size() >= 2) {
                submit(new EditOperation.Merge(List.copyOf(touched)));
            }
        }
        return true;
    }

    /** Particles under the stroke, sampled every half pixel along each segment. */
    private Set<Integer> crossed(List<double[]> points) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1), b = points.get(i);
            int n = Math.max(1, (int) Math.ceil(2 * Math.hypot(b[0] - a[0], b[1] - a[1])));
            for (int s = 0; s <= n; s++) {
                int label = labelAt(a[0] + (b[0] - a[0]) * s / n, a[1] + (b[1] - a[1]) * s / n);
                if (label != 0) {
                    out.add(label);
                }
            }
        }
        return out;
    }

    @Override
    public void paint(GraphicsContext gc, Navigation nav) {
        Marks.polyline(gc, nav, stroke, false);
    }
}
