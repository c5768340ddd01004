package io.granula.core.stats;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleTable;

import java.util.EnumMap;
import java.util.Map;

/**
 * Summaries, histograms, cumulative curves, box plots and violins of a {@link ParticleTable}'s selected
 * rows, computed here once so the GUI charts and the PDF report draw the same numbers.
 */
public final class ParticleStatistics {
    private ParticleStatistics() {
    }

    /** Summary of the particles passing {@code filter}. */
    public static ParticleSummary summarise(ParticleTable table, ParticleFilter filter) {
        return summarise(table, filter.select(table));
    }

    /** Summary of the given rows (ascending indices, e.g. from {@link ParticleFilter#select}). */
    public static ParticleSummary summarise(ParticleTable table, int[] rows) {
        Map<Measurement, Descriptive> stats = new EnumMap<>(Measurement.class);
        for (Measurement m : table.measurements()) {
            stats.put(m, Descriptive.of(table.column(m), rows));
        }
        double[] ecd = CumulativeDistribution.sortedSizes(values(table, Measurement.ECD, rows));
        Map<Weighting, DValues> d = new EnumMap<>(Weighting.class);
        for (Weighting w : Weighting.values()) {
            d.put(w, DValues.ofSorted(ecd, w));
        }
        return new ParticleSummary(rows.length, table.size(), table.units(), stats, d);
    }

    /** The values of one measurement at the given rows, a fresh array. */
    public static double[] values(ParticleTable table, Measurement m, int[] rows) {
        double[] col = table.column(m);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = col[rows[i]];
        }
        return out;
    }

    /** Weights of the given rows by their ECD, for weighted histograms of any measurement. */
    public static double[] weights(ParticleTable table, Weighting weighting, int[] rows) {
        return weighting.relativeWeights(values(table, Measurement.ECD, rows));
    }

    public static Histogram histogram(ParticleTable table, Measurement m, int[] rows, Binning binning, Weighting weighting) {
        double[] w = weighting == Weighting.COUNT ? null : weights(table, weighting, rows);
        return Histogram.of(values(table, m, rows), w, binning);
    }

    public static CumulativeCurve cumulative(ParticleTable table, Measurement m, int[] rows, Weighting weighting) {
        return CumulativeDistribution.of(values(table, m, rows), weights(table, weighting, rows)).curve();
    }

    public static BoxPlot boxPlot(ParticleTable table, Measurement m, int[] rows) {
        return BoxPlot.of(values(table, m, rows));
    }

    public static Violin violin(ParticleTable table, Measurement m, int[] rows) {
        return Violin.of(values(table, m, rows));
    }
}
