package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.tasks.MonitoredTask;
import io.granula.app.gui.viewer.Navigation;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.EditOperation;
import io.granula.app.service.AnalysisOptions;
import io.granula.app.service.AnalysisService;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Redo this region: drag a rectangle; the image inside it (with a margin) is segmented again off the FX
 * thread by the same {@link AnalysisService} as {@code granula project analyze}, with the analysis panel's
 * parameters, and the particles that lie mostly inside the rectangle are replaced ({@link RegionReplacement}
 * says which) in one undoable edit. The task reports progress in the status bar and Escape cancels it.
 */
final class RedoRegionTool extends EditTool {
    /** Context the model sees around the rectangle, in image pixels: particles crossing its edge are segmented whole. */
    static final int MARGIN = 48;
    private static final int MIN_EDGE = 8;

    private final Supplier<AnalysisOptions> options;
    private final BiConsumer<MonitoredTask<LabelImage>, Consumer<LabelImage>> runner;
    private double[] a, b;

    /**
     * @param options the analysis options of the analysis panel (what "Analyse" would use)
     * @param runner  runs a task in the background with the window's progress and cancel, then hands its
     *               result to the consumer on the FX thread
     */
    RedoRegionTool(WorkbenchSession session, EditService edits, ViewerPane viewer, Supplier<AnalysisOptions> options,
                   BiConsumer<MonitoredTask<LabelImage>, Consumer<LabelImage>> runner) {
        super(session, edits, viewer);
        this.options = options;
        this.runner = runner;
    }

    @Override
    public boolean mouse(MouseEvent e, double x, double y) {
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
            a = b = new double[]{x, y};
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
            int[] rect = rectangle(a, b);
            a = b = null;
            viewer.redraw();
            if (rect != null) {
                resegment(rect);
            }
        }
        return true;
    }

    /** The dragged rectangle clipped to the image, or null when no image or under {@value #MIN_EDGE} px a side. */
    private int[] rectangle(double[] p, double[] q) {
        LabelImage l = labels();
        if (l == null) {
            return null;
        }
        int x0 = Math.max(0, (int) Math.floor(Math.min(p[0], q[0]))), y0 = Math.max(0, (int) Math.floor(Math.min(p[1], q[1])));
        int x1 = Math.min(l.width() - 1, (int) Math.floor(Math.max(p[0], q[0])));
        int y1 = Math.min(l.height() - 1, (int) Math.floor(Math.max(p[1], q[1])));
        return x1 - x0 + 1 < MIN_EDGE || y1 - y0 + 1 < MIN_EDGE ? null : new int[]{x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }

    private void resegment(int[] rect) {
        ImageEntry entry = session.current();
        ImageResult shown = entry.result();
        int cx0 = Math.max(0, rect[0] - MARGIN), cy0 = Math.max(0, rect[1] - MARGIN);
        int cx1 = Math.min(shown.image().width(), rect[0] + rect[2] + MARGIN);
        int cy1 = Math.min(shown.image().height(), rect[1] + rect[3] + MARGIN);
        int[] crop = {cx0, cy0, cx1 - cx0, cy1 - cy0};
        AnalysisOptions o = options.get();
        MonitoredTask<LabelImage> task = new MonitoredTask<>("Re-segmenting a region of " + entry.name()) {
            @Override
            protected LabelImage work(ProgressMonitor monitor) {
                monitor.update(-1, "loading the model " + o.model().getFileName());
                try (AnalysisService service = AnalysisService.open(o, note -> { })) {
                    LabelImage fresh = service.segment(entry.path(), shown.image().crop(crop[0], crop[1], crop[2], crop[3]),
                            shown.calibration(), monitor);
                    monitor.update(1, "done");
                    return fresh;
                }
            }
        };
        runner.accept(task, fresh -> {
            // the user may have moved on, or edited the image, while the model ran: replace against what is shown now
            if (session.current() != entry || entry.result() == null || !entry.result().isAnalysed()) {
                return;
            }
            EditOperation.ReplaceRegion op = RegionReplacement.of(entry.result().labels(), rect, crop, fresh);
            if (op != null) {
                submit(op);
            }
        });
    }

    @Override
    public void paint(GraphicsContext gc, Navigation nav) {
        if (a != null && b != null) {
            Marks.rectangle(gc, nav, a[0], a[1], b[0], b[1]);
        }
    }
}
