package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.Navigation;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.EditOperation;
import io.granula.app.project.ParticleRow;
import io.granula.app.project.Region;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Split: drag a straight cut line across a particle. The particle the line crosses most is cut along the
 * line into two new particles, its pixels left of the line (sign of the cross product) and the others; the
 * old id is gone (see {@link EditOperation.Split}) and the larger part is selected. A line that does not cut
 * the particle into two non-empty sides does nothing.
 * Or Shift-click two seeds in one particle: it is split by a watershed between them ({@link WatershedSplit}),
 * which follows the particle's neck where a straight line cannot. A second seed on another particle (or on
 * background) starts over from that click.
 */
final class SplitTool extends EditTool {
    private double[] a, b;
    private double[] seed;
    private boolean seedPress; // the release and click after a seed's press belong to the tool, not to selection

    SplitTool(WorkbenchSession session, EditService edits, ViewerPane viewer) {
        super(session, edits, viewer);
    }

    @Override
    public boolean mouse(MouseEvent e, double x, double y) {
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY && e.isShiftDown()) {
            seedPress = true;
            seedClick(x, y);
            return true;
        }
        if (seedPress && e.getEventType() != MouseEvent.MOUSE_PRESSED && e.getEventType() != MouseEvent.MOUSE_MOVED) {
            return true;
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
            seed = null;
            seedPress = false;
            a = new double[]{x, y};
            b = a;
            return true;
        }
        if (a == null) {
            return false;
        }
        if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            b = new double[]{x, y};
            viewer.redraw();
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            b = new double[]{x, y};
            EditOperation.Split op = cut(labels(), a, b);
            a = b = null;
            viewer.redraw();
            if (op != null) {
                submit(op);
            }
        }
        return true;
    }

    private void seedClick(double x, double y) {
        a = b = null;
        if (seed == null || labelAt(x, y) == 0 || labelAt(x, y) != labelAt(seed[0], seed[1])) {
            seed = labelAt(x, y) == 0 ? null : new double[]{x, y};
            viewer.redraw();
            return;
        }
        EditOperation.Split op = WatershedSplit.split(labels(), (int) Math.floor(seed[0]), (int) Math.floor(seed[1]),
                (int) Math.floor(x), (int) Math.floor(y));
        seed = null;
        viewer.redraw();
        if (op != null) {
            submit(op);
        }
    }

    /** Submits the split; once it is shown, the larger of the two new particles is selected (there is one selection). */
    @Override
    protected void submit(EditOperation op) {
        // the future completes on the FX thread after the session's table holds the new rows
        edits.apply(op).thenAccept(r -> r.flatMap(res -> res.changed().stream()
                        .max(Comparator.comparingDouble((ParticleRow p) -> p.value(Measurement.AREA))))
                .ifPresent(p -> viewer.selectInPlace(p.label())));
    }

    /** The split of the particle the line a-b crosses most, or null when the line cuts nothing in two. */
    static EditOperation.Split cut(LabelImage labels, double[] a, double[] b) {
        if (labels == null || Math.hypot(b[0] - a[0], b[1] - a[1]) < 1) {
            return null;
        }
        Map<Integer, Integer> hits = new HashMap<>();
        int n = (int) Math.ceil(2 * Math.hypot(b[0] - a[0], b[1] - a[1]));
        for (int s = 0; s <= n; s++) {
            int x = (int) Math.floor(a[0] + (b[0] - a[0]) * s / n), y = (int) Math.floor(a[1] + (b[1] - a[1]) * s / n);
            if (x >= 0 && y >= 0 && x < labels.width() && y < labels.height() && labels.get(x, y) != 0) {
                hits.merge(labels.get(x, y), 1, Integer::sum);
            }
        }
        int label = hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        if (label == 0) {
            return null;
        }
        int w = labels.width(), h = labels.height();
        boolean[] left = new boolean[w * h];
        int inLeft = 0, inRight = 0;
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        int[] px = labels.labels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (px[y * w + x] == label) {
                    double cross = (b[0] - a[0]) * (y + 0.5 - a[1]) - (b[1] - a[1]) * (x + 0.5 - a[0]);
                    if (cross > 0) {
                        left[y * w + x] = true;
                        inLeft++;
                        x0 = Math.min(x0, x);
                        y0 = Math.min(y0, y);
                        x1 = Math.max(x1, x);
                        y1 = Math.max(y1, y);
                    } else {
                        inRight++;
                    }
                }
            }
        }
        if (inLeft == 0 || inRight == 0) {
            return null;
        }
        // the region covers the new part's box only, so the edit touches no more of the image than it changes
        int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
        boolean[] part = new boolean[bw * bh];
        for (int y = 0; y < bh; y++) {
            System.arraycopy(left, (y0 + y) * w + x0, part, y * bw, bw);
        }
        return new EditOperation.Split(label, new Region(x0, y0, bw, bh, part));
    }

    @Override
    public void paint(GraphicsContext gc, Navigation nav) {
        if (a != null && b != null) {
            Marks.polyline(gc, nav, List.of(a, b), false);
        }
        if (seed != null) {
            Marks.circle(gc, nav, seed[0], seed[1], 3 / nav.scale()); // a 3-screen-pixel ring at any zoom
        }
    }
}
