package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.gui.viewer.ViewerTool;
import io.granula.app.project.EditOperation;
import io.granula.core.label.LabelImage;

/**
 * What every editing tool shares: the labels on screen, the particle under a point, and the one way an
 * edit leaves a tool ({@link EditService#apply}).
 */
abstract class EditTool implements ViewerTool {
    protected final WorkbenchSession session;
    protected final EditService edits;
    protected final ViewerPane viewer;

    EditTool(WorkbenchSession session, EditService edits, ViewerPane viewer) {
        this.session = session;
        this.edits = edits;
        this.viewer = viewer;
    }

    /** The current image's labels, or null when it is not analysed. */
    protected LabelImage labels() {
        ImageResult r = session.current() == null ? null : session.current().result();
        return r == null ? null : r.labels();
    }

    /** The particle id at an image point; 0 on background or outside. */
    protected int labelAt(double x, double y) {
        LabelImage l = labels();
        int px = (int) Math.floor(x), py = (int) Math.floor(y);
        return l == null || px < 0 || py < 0 || px >= l.width() || py >= l.height() ? 0 : l.get(px, py);
    }

    protected void submit(EditOperation op) {
        edits.apply(op);
    }
}
