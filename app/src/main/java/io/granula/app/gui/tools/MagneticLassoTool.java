package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.Navigation;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.EditOperation;
import io.granula.app.project.Region;
import io.granula.core.image.Image2D;
import javafx.beans.property.DoubleProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Magnetic lasso: click a first point on a particle's edge, move along the edge (the line snaps to it,
 * {@link LiveWire}), click to fix a stretch, double-click to close back to the start. The enclosed
 * background pixels become a new particle. Sensitivity comes from the tool settings.
 */
final class MagneticLassoTool extends EditTool {
    private final DoubleProperty sensitivity;
    private final List<double[]> fixed = new ArrayList<>();
    private List<double[]> preview = List.of();
    private LiveWire wire;
    private Image2D wireImage;
    private double wireSensitivity = -1;

    MagneticLassoTool(WorkbenchSession session, EditService edits, ViewerPane viewer, DoubleProperty sensitivity) {
        super(session, edits, viewer);
        this.sensitivity = sensitivity;
    }

    @Override
    public boolean mouse(MouseEvent e, double x, double y) {
        if (e.getEventType() == MouseEvent.MOUSE_MOVED) {
            if (!fixed.isEmpty()) {
                preview = snap(fixed.get(fixed.size() - 1), x, y);
                viewer.redraw();
            }
            return false;
        }
        if (e.getEventType() != MouseEvent.MOUSE_RELEASED || e.getButton() != MouseButton.PRIMARY) {
            return e.getButton() == MouseButton.PRIMARY && e.getEventType() == MouseEvent.MOUSE_PRESSED;
        }
        if (fixed.isEmpty()) {
            fixed.add(new double[]{Math.floor(x) + 0.5, Math.floor(y) + 0.5});
        } else {
            fixed.addAll(snap(fixed.get(fixed.size() - 1), x, y));
            if (e.getClickCount() >= 2) {
                fixed.addAll(snap(fixed.get(fixed.size() - 1), fixed.get(0)[0], fixed.get(0)[1]));
                Region r = Regions.polygon(fixed);
                fixed.clear();
                if (r != null) {
                    submit(new EditOperation.Create(r, false));
                }
            }
        }
        preview = List.of();
        viewer.redraw();
        return true;
    }

    /** The live-wire path from {@code from} to (x, y) as pixel centres, without its first point. */
    private List<double[]> snap(double[] from, double x, double y) {
        ImageResult r = session.current() == null ? null : session.current().result();
        if (r == null) {
            return List.of(new double[]{x, y});
        }
        if (wire == null || wireImage != r.image() || wireSensitivity != sensitivity.get()) {
            wireImage = r.image();
            wireSensitivity = sensitivity.get();
            wire = new LiveWire(wireImage, wireSensitivity);
        }
        List<double[]> out = new ArrayList<>();
        List<int[]> path = wire.path((int) Math.floor(from[0]), (int) Math.floor(from[1]), (int) Math.floor(x), (int) Math.floor(y));
        for (int i = 1; i < path.size(); i++) {
            out.add(new double[]{path.get(i)[0] + 0.5, path.get(i)[1] + 0.5});
        }
        return out;
    }

    @Override
    public void paint(GraphicsContext gc, Navigation nav) {
        List<double[]> all = new ArrayList<>(fixed);
        all.addAll(preview);
        Marks.polyline(gc, nav, all, false);
    }
}
