package io.granula.app.project;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network's confidence per particle cannot be measured from labels again: whoever re-measures a
 * project's masks (export, report, the workbench) takes it from the rows the analysis stored, by label.
 * A particle drawn or changed by hand has none (NaN). Every analysis writes the column, also with no
 * particles, so a re-measured table always has it too.
 */
public final class StoredConfidence {
    private StoredConfidence() {
    }

    public static ParticleTable onto(ParticleTable table, List<ParticleRow> stored) {
        Map<Integer, Double> byLabel = new HashMap<>();
        for (ParticleRow row : stored) {
            double c = row.values()[Measurement.CONFIDENCE.ordinal()];
            if (Double.isFinite(c)) {
                byLabel.put(row.label(), c);
            }
        }
        double[] byRow = new double[table.size()];
        for (int r = 0; r < byRow.length; r++) {
            byRow[r] = byLabel.getOrDefault(table.label(r), Double.NaN);
        }
        return table.withColumn(Measurement.CONFIDENCE, byRow);
    }
}
