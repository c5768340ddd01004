package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.core.stats.CumulativeDistribution;
import io.granula.core.stats.DValues;
import io.granula.core.stats.Weighting;

/**
 * The D10/D50/D90 columns of the report's tables. For ECD they are the stats package's number
 * D-values ({@link DValues}, what summary.csv and the GUI show); for other measurements the 10th,
 * 50th and 90th percentiles by the same {@link CumulativeDistribution} definition, so box-plot
 * medians and table D50s agree.
 */
public final class Percentiles {
    private Percentiles() {
    }

    public static double[] tenFiftyNinety(Measurement m, double[] values) {
        if (m == Measurement.ECD) {
            DValues d = DValues.of(values, Weighting.COUNT);
            return new double[]{d.d10(), d.d50(), d.d90()};
        }
        CumulativeDistribution q = CumulativeDistribution.of(values);
        return new double[]{q.quantile(0.1), q.quantile(0.5), q.quantile(0.9)};
    }
}
