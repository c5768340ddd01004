package io.granula.app.project;

import io.granula.core.label.LabelImage;

import java.util.List;

/**
 * What an edit (or its undo or redo) did, once committed: the session's labels after it, the particles
 * whose measurements changed (re-measured) and those that no longer exist. A GUI updates its table
 * and overlay from this alone.
 */
public record EditResult(EditRecord edit, LabelImage labels, List<ParticleRow> changed, List<Integer> removed) {
    public EditResult {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
