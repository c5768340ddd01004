package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Editing one image's current masks, the seam an {@code EditService} sits on: each
 * {@link #apply(EditOperation)}, {@link #undo()}, {@link #redo()} and {@link #resetToModel()} is committed
 * to the project file before it returns (autosave is immediate), with the touched particles re-measured.
 * The session keeps the labels in memory; {@link #labels()} is the live image (do not modify it).
 * Not thread-safe: one editing thread per session.
 */
public final class EditSession {
    private final ProjectStore store;
    private final long imageId;
    private final LabelImage labels;
    private final Image2D intensity;
    private final BoxIndex boxes;
    private Calibration calibration;

    EditSession(ProjectStore store, long imageId, LabelImage labels, Image2D intensity, Calibration calibration) {
        this.store = store;
        this.imageId = imageId;
        this.labels = labels;
        this.intensity = intensity;
        this.calibration = calibration;
        this.boxes = BoxIndex.of(labels);
    }

    public long imageId() {
        return imageId;
    }

    /** The current labels (live: changed by every edit, undo and redo of this session). */
    public LabelImage labels() {
        return labels;
    }

    /**
     * Applies and commits an operation.
     *
     * @return what changed, or empty when the operation changes no pixel (nothing is recorded then)
     * @throws IllegalArgumentException when the operation makes no sense (merge of one particle)
     * @throws ProjectException         when it could not be saved (the labels are left as they were)
     */
    public Optional<EditResult> apply(EditOperation op) {
        EditPatch patch = EditPatch.of(op, labels, boxes);
        if (patch == null) {
            return Optional.empty();
        }
        return Optional.of(commit(op.kind(), patch));
    }

    /** Undoes the last applied edit of this image (also one made before a restart). */
    public Optional<EditResult> undo() {
        return store.lastEdit(imageId, EditRecord.State.APPLIED, false)
                .map(e -> restore(e, e.before(), EditRecord.State.UNDONE));
    }

    /** Redoes the first undone edit. */
    public Optional<EditResult> redo() {
        return store.lastEdit(imageId, EditRecord.State.UNDONE, true)
                .map(e -> restore(e, e.after(), EditRecord.State.APPLIED));
    }

    public boolean canUndo() {
        return store.lastEdit(imageId, EditRecord.State.APPLIED, false).isPresent();
    }

    public boolean canRedo() {
        return store.lastEdit(imageId, EditRecord.State.UNDONE, true).isPresent();
    }

    /**
     * Puts the model's masks back, as one edit (so it can be undone too).
     *
     * @return empty when the masks already are the model's
     */
    public Optional<EditResult> resetToModel() {
        LabelImage model = store.masks(imageId, MaskKind.MODEL)
                .orElseThrow(() -> new ProjectException(store.file() + ": image " + imageId + " has no model masks"));
        EditPatch patch = EditPatch.of(new EditOperation.ReplaceRegion(0, 0, model.width(), model.height(), model.labels()),
                labels, boxes);
        return patch == null ? Optional.empty() : Optional.of(commit("reset", patch));
    }

    /** Measurements are taken under this pixel size from now on (the store rescales stored rows itself). */
    void calibrationChanged(Calibration c) {
        this.calibration = c;
    }

    private EditResult commit(String kind, EditPatch patch) {
        int[] before = LabelCodec.crop(labels.labels(), labels.width(), patch.x(), patch.y(), patch.width(), patch.height());
        Set<Integer> touched = touched(before, patch.after());
        write(patch.x(), patch.y(), patch.width(), patch.height(), patch.after());
        try {
            Changes changes = remeasure(touched, patch.x(), patch.y(), patch.width(), patch.height());
            EditRecord rec = store.commitEdit(imageId, kind, List.copyOf(touched), patch, before, labels,
                    changes.rows, changes.removed);
            return new EditResult(rec, labels, changes.rows, changes.removed);
        } catch (RuntimeException e) {
            write(patch.x(), patch.y(), patch.width(), patch.height(), before); // not saved: not applied
            boxes.update(labels, touched, patch.x(), patch.y(), patch.width(), patch.height());
            throw e;
        }
    }

    private EditResult restore(ProjectStore.StoredEdit e, int[] pixels, EditRecord.State state) {
        EditRecord r = e.record();
        int[] previous = LabelCodec.crop(labels.labels(), labels.width(), r.x(), r.y(), r.width(), r.height());
        Set<Integer> touched = touched(previous, pixels);
        write(r.x(), r.y(), r.width(), r.height(), pixels);
        try {
            Changes changes = remeasure(touched, r.x(), r.y(), r.width(), r.height());
            EditRecord rec = store.commitState(r, state, labels, changes.rows, changes.removed);
            return new EditResult(rec, labels, changes.rows, changes.removed);
        } catch (RuntimeException ex) {
            write(r.x(), r.y(), r.width(), r.height(), previous);
            boxes.update(labels, touched, r.x(), r.y(), r.width(), r.height());
            throw ex;
        }
    }

    private void write(int x, int y, int w, int h, int[] pixels) {
        LabelCodec.paste(labels.labels(), labels.width(), x, y, w, h, pixels);
    }

    private static Set<Integer> touched(int[] before, int[] after) {
        Set<Integer> t = new TreeSet<>();
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                if (before[i] != 0) {
                    t.add(before[i]);
                }
                if (after[i] != 0) {
                    t.add(after[i]);
                }
            }
        }
        return t;
    }

    private record Changes(List<ParticleRow> rows, List<Integer> removed) {
    }

    private Changes remeasure(Set<Integer> touched, int x, int y, int w, int h) {
        boxes.update(labels, touched, x, y, w, h);
        List<ParticleRow> rows = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        for (int label : touched) {
            int[] box = boxes.box(label);
            if (box == null) {
                removed.add(label);
            } else {
                rows.add(ParticleRows.measureOne(labels, intensity, calibration, label, box));
            }
        }
        return new Changes(rows, removed);
    }
}
