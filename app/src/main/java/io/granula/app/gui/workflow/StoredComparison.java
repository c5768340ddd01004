package io.granula.app.gui.workflow;

import io.granula.app.gui.charts.StoredMeasurements;
import io.granula.app.project.ParticleRow;
import io.granula.app.project.ProjectStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stored measurements of a project's analysed images (values only: no pixels, no masks), so the
 * charts that compare images show every analysed image of a reopened project, not only those visited.
 * One query per image on the loader thread; 30 images of 2,000 particles read in well under a second.
 */
final class StoredComparison {
    private StoredComparison() {
    }

    /** By image id, for each of {@code imageIds} that has an analysis. */
    static Map<Long, StoredMeasurements> read(ProjectStore store, List<Long> imageIds) {
        Map<Long, StoredMeasurements> out = new HashMap<>();
        for (long id : imageIds) {
            if (store.analysis(id).isEmpty()) {
                continue;
            }
            List<ParticleRow> rows = store.particles(id);
            double[][] values = new double[rows.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.get(i).values();
            }
            out.put(id, StoredMeasurements.of(store.units(id), values));
        }
        return out;
    }
}
