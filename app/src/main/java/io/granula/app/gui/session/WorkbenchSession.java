package io.granula.app.gui.session;

import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleTable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one model of a workbench session (design notes: "one model object per project session"):
 * the images, the image on screen, its particles, the selected particle and the filter. The table,
 * the viewer and the charts bind to these properties and never talk to each other, so selecting in
 * one selects in all. Everything here lives on the FX thread.
 */
public final class WorkbenchSession {
    private final ObservableList<ImageEntry> images = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[]{e.statusProperty(), e.resultProperty(), e.sampleProperty()});
    private final ObjectProperty<ImageEntry> current = new SimpleObjectProperty<>(this, "current");
    private final ObjectProperty<ParticleFilter> filter = new SimpleObjectProperty<>(this, "filter", ParticleFilter.ALL);
    private final ObservableList<ParticleRef> particles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<KeptRows> kept = new ReadOnlyObjectWrapper<>(this, "kept", KeptRows.NONE);
    private final ObjectProperty<ParticleRef> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>(this, "projectFile");

    public WorkbenchSession() {
        ChangeListener<ImageResult> resultChanged = (obs, was, now) -> reloadParticles();
        current.addListener((obs, was, now) -> {
            if (was != null) {
                was.resultProperty().removeListener(resultChanged);
            }
            if (now != null) {
                now.resultProperty().addListener(resultChanged);
            }
            reloadParticles();
        });
        filter.addListener((obs, was, now) -> refilter());
    }

    public ObservableList<ImageEntry> images() {
        return images;
    }

    public ObjectProperty<ImageEntry> currentProperty() {
        return current;
    }

    public ImageEntry current() {
        return current.get();
    }

    public ObjectProperty<ParticleFilter> filterProperty() {
        return filter;
    }

    public ParticleFilter filter() {
        return filter.get();
    }

    /** Every particle of the current image (kept or not), in label order. */
    public ObservableList<ParticleRef> particles() {
        return particles;
    }

    /** Which particles of the current image pass the filter; replaced whenever either changes. */
    public ReadOnlyObjectProperty<KeptRows> keptProperty() {
        return kept.getReadOnlyProperty();
    }

    public KeptRows kept() {
        return kept.get();
    }

    public ObjectProperty<ParticleRef> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    /** The current image's particle table, or null when it is not analysed. */
    public ParticleTable currentTable() {
        ImageEntry e = current.get();
        return e == null || e.result() == null ? null : e.result().particles();
    }

    /** Selects the particle with this label on the current image (null selection when there is none). */
    public void selectLabel(int label) {
        ParticleTable table = currentTable();
        int row = table == null || label <= 0 ? -1 : table.rowOf(label);
        selected.set(row < 0 ? null : particles.get(row));
    }

    /** The analysed images of the session, in list order. */
    public List<ImageEntry> analysedImages() {
        List<ImageEntry> out = new ArrayList<>();
        for (ImageEntry e : images) {
            if (e.result() != null && e.result().isAnalysed()) {
                out.add(e);
            }
        }
        return out;
    }

    private void reloadParticles() {
        ImageEntry e = current.get();
        ParticleTable table = currentTable();
        List<ParticleRef> refs = new ArrayList<>();
        if (table != null) {
            for (int r = 0; r < table.size(); r++) {
                refs.add(new ParticleRef(e, table, r));
            }
        }
        selected.set(null);
        kept.set(KeptRows.of(table, filter.get()));
        particles.setAll(refs);
    }

    private void refilter() {
        KeptRows now = KeptRows.of(currentTable(), filter.get());
        kept.set(now);
        ParticleRef sel = selected.get();
        if (sel != null && !now.isKept(sel.row())) {
            selected.set(null);
        }
    }
}
