package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.stats.BoxPlot;
import io.granula.core.stats.CumulativeCurve;
import io.granula.core.stats.CumulativeDistribution;
import io.granula.core.stats.DValues;
import io.granula.core.stats.Descriptive;
import io.granula.core.stats.Histogram;
import io.granula.core.stats.Binning;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.Violin;
import io.granula.core.stats.Weighting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The kept particles of all images of one sample, pooled, in the report's unit. Pooling is all
 * this class does: every statistic comes from {@code io.granula.core.stats}, the package the GUI
 * draws from, applied to the pooled values.
 */
public final class PooledSample {
    private final String name;
    private final Map<Measurement, double[]> values;
    private final int kept;
    private final int measured;

    private PooledSample(String name, Map<Measurement, double[]> values, int kept, int measured) {
        this.name = name;
        this.values = values;
        this.kept = kept;
        this.measured = measured;
    }

    /**
     * @param tables  the sample's particle tables, all convertible to {@code units}
     * @param rows    per table, the rows its filter keeps
     * @param needed  measurements to pool (ECD is always pooled: it weights the distributions)
     */
    public static PooledSample of(String name, List<ParticleTable> tables, List<int[]> rows, ReportUnits units,
                                  List<Measurement> needed) {
        List<Measurement> all = new ArrayList<>(needed);
        if (!all.contains(Measurement.ECD)) {
            all.add(Measurement.ECD);
        }
        int kept = rows.stream().mapToInt(r -> r.length).sum();
        int measured = tables.stream().mapToInt(ParticleTable::size).sum();
        Map<Measurement, double[]> values = new EnumMap<>(Measurement.class);
        for (Measurement m : all) {
            if (!tables.stream().allMatch(t -> t.has(m))) {
                continue;
            }
            double[] pooled = new double[kept];
            int at = 0;
            for (int t = 0; t < tables.size(); t++) {
                double[] v = ParticleStatistics.values(tables.get(t), m, rows.get(t));
                double factor = units.factorFrom(tables.get(t).units(), m.unitKind());
                for (double x : v) {
                    pooled[at++] = factor == 1.0 ? x : x * factor;
                }
            }
            values.put(m, pooled);
        }
        return new PooledSample(name, values, kept, measured);
    }

    public String name() {
        return name;
    }

    /** Particles kept by the filters. */
    public int kept() {
        return kept;
    }

    /** Particles measured before filtering. */
    public int measured() {
        return measured;
    }

    public boolean has(Measurement m) {
        return values.containsKey(m);
    }

    /** Pooled values of {@code m} (shared array: do not modify). */
    public double[] values(Measurement m) {
        double[] v = values.get(m);
        if (v == null) {
            throw new IllegalArgumentException(m.key() + " was not measured in every image of sample " + name);
        }
        return v;
    }

    public Descriptive descriptive(Measurement m) {
        return Descriptive.of(values(m));
    }

    /** D10, D50, D90 by number: the stats package's D-values for ECD, its quantiles for any other measurement. */
    public double[] tenFiftyNinety(Measurement m) {
        return Percentiles.tenFiftyNinety(m, values(m));
    }

    public DValues ecdDValues(Weighting weighting) {
        return DValues.of(values(Measurement.ECD), weighting);
    }

    public Histogram histogram(Measurement m, Binning binning, Weighting weighting) {
        return Histogram.of(values(m), weighting == Weighting.COUNT ? null : weights(weighting), binning);
    }

    public CumulativeCurve cumulative(Measurement m, Weighting weighting) {
        return CumulativeDistribution.of(values(m), weights(weighting)).curve();
    }

    public BoxPlot boxPlot(Measurement m) {
        return BoxPlot.of(values(m));
    }

    public Violin violin(Measurement m) {
        return Violin.of(values(m));
    }

    private double[] weights(Weighting weighting) {
        return weighting.relativeWeights(values(Measurement.ECD));
    }
}
