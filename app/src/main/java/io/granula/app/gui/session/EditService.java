package io.granula.app.gui.session;

import io.granula.app.project.EditOperation;
import io.granula.app.project.EditRecord;
import io.granula.app.project.EditResult;
import io.granula.app.project.EditSession;
import io.granula.app.project.ProjectStore;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.label.LabelImage;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one path every hand correction takes (design notes: "edits go through one EditService"): the
 * operation is committed to the project by the image's {@link EditSession} (so the edit history, undo and
 * autosave are one record), then the session model gets the new table, which the table, statistics,
 * charts and overlay all follow. Store work runs on one edit thread (an {@link EditSession} wants one
 * thread); the model is changed on the FX thread only. Failures go to {@link #lastEditProperty()} as a
 * {@link Change} with a message.
 */
public final class EditService {
    /** What the last edit, undo or redo did: the result, or why it failed. */
    public record Change(ImageEntry image, EditResult result, String problem) {
    }

    private final WorkbenchSession session;
    private final Supplier<ProjectStore> store;
    private final Map<Long, EditSession> open = new HashMap<>();
    private final Map<Long, ParticleTable> tables = new HashMap<>(); // newest table per image, edit thread only
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "granula-edit");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Change> lastEdit = new ReadOnlyObjectWrapper<>(this, "lastEdit");

    private final Map<Long, LabelImage> published = new HashMap<>(); // FX thread only

    public EditService(WorkbenchSession session, Supplier<ProjectStore> store) {
        this.session = session;
        this.store = store;
        // masks that did not come from here (a new analysis, a reload) make the image's edit session stale
        session.images().addListener((ListChangeListener<ImageEntry>) c -> {
            while (c.next()) {
                if (c.wasUpdated() || c.wasAdded()) {
                    for (ImageEntry e : c.getList().subList(c.getFrom(), c.getTo())) {
                        LabelImage mine = published.get(e.imageId());
                        if (mine != null && (e.result() == null || e.result().labels() != mine)) {
                            forget(e.imageId());
                        }
                    }
                }
            }
        });
    }

    /** Changes once after every edit, undo, redo or reset (on the FX thread). */
    public ReadOnlyObjectProperty<Change> lastEditProperty() {
        return lastEdit.getReadOnlyProperty();
    }

    /** Applies an operation to the current image; the future completes after the model was updated. */
    public CompletableFuture<Optional<EditResult>> apply(EditOperation op) {
        return run(s -> s.apply(op));
    }

    public CompletableFuture<Optional<EditResult>> undo() {
        return run(EditSession::undo);
    }

    public CompletableFuture<Optional<EditResult>> redo() {
        return run(EditSession::redo);
    }

    /** Puts the model's masks back on the current image (one edit, so it can be undone). */
    public CompletableFuture<Optional<EditResult>> resetToModel() {
        return run(EditSession::resetToModel);
    }

    /** Forgets the open edit sessions (the project was closed or reopened). */
    public void forget() {
        published.clear();
        thread.submit(() -> {
            open.clear();
            tables.clear();
        });
    }

    private void forget(long imageId) {
        published.remove(imageId);
        thread.submit(() -> {
            open.remove(imageId);
            tables.remove(imageId);
        });
    }

    private CompletableFuture<Optional<EditResult>> run(Function<EditSession, Optional<EditResult>> step) {
        ImageEntry entry = session.current();
        ProjectStore s = store.get();
        CompletableFuture<Optional<EditResult>> done = new CompletableFuture<>();
        if (entry == null || s == null || entry.result() == null || !entry.result().isAnalysed()) {
            report(new Change(entry, null, "Analyse the image before correcting its masks"), done, Optional.empty());
            return done;
        }
        ImageResult shown = entry.result();
        thread.submit(() -> {
            try {
                EditSession edit = open.computeIfAbsent(entry.imageId(), id -> s.edit(id, shown.image()));
                Optional<EditResult> r = step.apply(edit);
                if (r.isEmpty()) {
                    report(null, done, r);
                    return;
                }
                // edits queued faster than the FX thread shows them build on each other, not on the shown table
                ParticleTable base = tables.getOrDefault(entry.imageId(), shown.particles());
                ParticleTable table = EditedTable.after(base, r.get(), edit.labels(), shown.image());
                tables.put(entry.imageId(), table);
                ImageResult next = shown.withParticles(edit.labels(), table, shown.calibration(),
                        touchedRegion(r.get().edit(), base, table));
                Platform.runLater(() -> {
                    published.put(entry.imageId(), next.labels());
                    entry.resultProperty().set(next);
                    lastEdit.set(new Change(entry, r.get(), null));
                    done.complete(r);
                });
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                report(new Change(entry, null, why), done, Optional.empty());
            }
        });
        return done;
    }

    /**
     * The stored patch rectangle grown to the boxes of the touched particles in the tables before and after
     * (a particle whose measurement changed may change colour all over when the overlay colours by value).
     */
    static TouchedRegion touchedRegion(EditRecord rec, ParticleTable before, ParticleTable after) {
        TouchedRegion region = new TouchedRegion(rec.x(), rec.y(), rec.width(), rec.height(), Set.copyOf(rec.touched()));
        for (int id : rec.touched()) {
            region = includeBox(region, before, id);
            region = includeBox(region, after, id);
        }
        return region;
    }

    private static TouchedRegion includeBox(TouchedRegion region, ParticleTable t, int id) {
        int row = t.rowOf(id);
        if (row < 0) {
            return region;
        }
        double perPx = t.units().unitsPerPixel();
        // rounded outward by a pixel: the box comes back from calibrated units
        int x0 = (int) Math.floor(t.value(Measurement.BBOX_X, row) / perPx) - 1;
        int y0 = (int) Math.floor(t.value(Measurement.BBOX_Y, row) / perPx) - 1;
        int w = (int) Math.ceil(t.value(Measurement.BBOX_WIDTH, row) / perPx) + 2;
        int h = (int) Math.ceil(t.value(Measurement.BBOX_HEIGHT, row) / perPx) + 2;
        return region.including(x0, y0, w, h);
    }

    private void report(Change change, CompletableFuture<Optional<EditResult>> done, Optional<EditResult> value) {
        Platform.runLater(() -> {
            if (change != null) {
                lastEdit.set(change);
            }
            done.complete(value);
        });
    }
}
