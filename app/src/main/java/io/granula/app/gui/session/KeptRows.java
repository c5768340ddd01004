package io.granula.app.gui.session;

import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleTable;

/**
 * The particles of one table that pass the session's filter, both as ascending rows (for the core's
 * statistics) and as a per-row mask (for the table's predicate and the overlay's dimming).
 */
public record KeptRows(ParticleTable table, int[] rows, boolean[] mask) {
    public static final KeptRows NONE = new KeptRows(null, new int[0], new boolean[0]);

    public static KeptRows of(ParticleTable table, ParticleFilter filter) {
        if (table == null) {
            return NONE;
        }
        int[] rows = filter.select(table);
        boolean[] mask = new boolean[table.size()];
        for (int r : rows) {
            mask[r] = true;
        }
        return new KeptRows(table, rows, mask);
    }

    public boolean isKept(int row) {
        return row >= 0 && row < mask.length && mask[row];
    }

    public int count() {
        return rows.length;
    }
}
