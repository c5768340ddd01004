package io.granula.reports.assemble;

import io.granula.reports.view.KeyValue;

import java.util.List;

/**
 * How the printed statistics are defined, in the words of the stats package they come from
 * (io.granula.core.stats: Descriptive, CumulativeDistribution, DValues, Weighting, BoxPlot, Violin).
 */
final class StatisticsDefinitions {
    private StatisticsDefinitions() {
    }

    static List<KeyValue> all() {
        return List.of(
                new KeyValue("Mean, Std", "Arithmetic mean and sample standard deviation (n − 1 in the denominator, "
                        + "as ImageJ's summary and spreadsheets' STDEV) over the particles kept."),
                new KeyValue("D10, D50, D90", "Quantiles of the weighted cumulative distribution: particle i sits at "
                        + "P_i = (w_1 + … + w_(i−1) + w_i / 2) / W, linear between particles (ISO 9276-2:2014 Q_r(x); "
                        + "with equal weights Hyndman and Fan's definition 5, whose D50 is the median)."),
                new KeyValue("By volume", "Each particle weighs the volume of the sphere of its ECD (ECD³, ISO 9276-1 "
                        + "type r = 3); by number each weighs 1 (r = 0)."),
                new KeyValue("Box plots", "Quartiles by the same definition; whiskers reach the most extreme values "
                        + "within 1.5 IQR of the box, points beyond are drawn singly (Tukey 1977); ◇ marks the mean."),
                new KeyValue("Violins", "Gaussian kernel density, bandwidth by Silverman's rule 0.9 min(s, IQR/1.34) "
                        + "n^(−1/5), cut at the smallest and largest value; all violins drawn to the same width."));
    }
}
