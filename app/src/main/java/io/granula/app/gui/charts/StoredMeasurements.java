package io.granula.app.gui.charts;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.MeasurementUnits;
import io.granula.core.measure.ParticleFilter;

import java.util.Arrays;

/**
 * The measurements the project stores for an image that is not loaded (no pixels, no masks, no outlines):
 * enough for the charts that compare images, so a reopened project compares every analysed image, not
 * only those visited. Values are in {@link #units()}, as the image's particle table would hold them.
 *
 * @param columns by {@link Measurement#ordinal()}, one value per particle; NaN where not measured
 */
public record StoredMeasurements(MeasurementUnits units, double[][] columns) {
    public StoredMeasurements {
        if (columns.length != Measurement.values().length) {
            throw new IllegalArgumentException("expected one column per measurement");
        }
    }

    /** One particle per row of {@code rows}, each by {@link Measurement#ordinal()}. */
    public static StoredMeasurements of(MeasurementUnits units, double[][] rows) {
        double[][] columns = new double[Measurement.values().length][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int m = 0; m < columns.length; m++) {
                columns[m][r] = rows[r][m];
            }
        }
        return new StoredMeasurements(units, columns);
    }

    public int size() {
        return columns[0].length;
    }

    /** Whether any particle has a value of {@code m} (intensities are NaN when the image was missing). */
    public boolean has(Measurement m) {
        return Arrays.stream(columns[m.ordinal()]).anyMatch(v -> !Double.isNaN(v));
    }

    /**
     * The values of {@code m} of the particles that pass the filter, with the rule of
     * {@link ParticleFilter#select}: every range holds ({@link MeasurementRange#test}, so a missing value
     * fails) and, when asked, the particle does not touch the edge.
     */
    public double[] kept(Measurement m, ParticleFilter filter) {
        double[] col = columns[m.ordinal()];
        double[] edge = columns[Measurement.EDGE_TOUCHING.ordinal()];
        double[] out = new double[col.length];
        int k = 0;
        for (int i = 0; i < col.length; i++) {
            boolean pass = !(filter.excludeEdgeTouching() && edge[i] != 0);
            for (MeasurementRange r : filter.ranges()) {
                pass &= r.test(columns[r.measurement().ordinal()][i]);
            }
            if (pass) {
                out[k++] = col[i];
            }
        }
        return Arrays.copyOf(out, k);
    }
}
