package io.granula.app.gui.workflow;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.Sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The session's image entries of a project: one per stored image, with its sample and status. */
final class ProjectEntries {
    private ProjectEntries() {
    }

    static List<ImageEntry> of(ProjectStore store) {
        Map<Long, String> samples = new HashMap<>();
        for (Sample s : store.samples()) {
            samples.put(s.id(), s.name());
        }
        List<ImageEntry> out = new ArrayList<>();
        for (ProjectImage image : store.images()) {
            out.add(entry(store, image, samples.getOrDefault(image.sampleId(), "")));
        }
        out.sort(java.util.Comparator.comparing(ImageEntry::sample)); // grouped by sample, added order within one
        return out;
    }

    static ImageEntry entry(ProjectStore store, ProjectImage image, String sample) {
        Path file = store.resolve(image);
        ImageEntry e = new ImageEntry(image.id(), file, image.name(), sample);
        if (!Files.isRegularFile(file)) {
            e.statusProperty().set(ImageStatus.MISSING);
            e.messageProperty().set("missing: " + file);
        } else if (store.analysis(image.id()).isPresent()) {
            e.statusProperty().set(ImageStatus.ANALYSED);
            e.messageProperty().set(store.particleCount(image.id()) + " particles");
        }
        return e;
    }
}
