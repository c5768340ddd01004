package io.granula.app.gui.session;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;

/** One particle: a row of an image's particle table. The table, viewer and charts select these. */
public record ParticleRef(ImageEntry image, ParticleTable table, int row) {
    public int label() {
        return table.label(row);
    }

    public double value(Measurement m) {
        return table.has(m) ? table.value(m, row) : Double.NaN;
    }
}
