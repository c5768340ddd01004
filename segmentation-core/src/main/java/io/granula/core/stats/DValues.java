package io.granula.core.stats;

/**
 * The D10, D50 and D90 of a size distribution: the sizes below which 10 %, 50 % and 90 % of the particles
 * lie, counted by number, area or volume ({@link Weighting}); quantiles as {@link CumulativeDistribution}
 * defines them (ISO 9276-2 x_10,r, x_50,r, x_90,r). NaN when there are no particles.
 */
public record DValues(Weighting weighting, double d10, double d50, double d90) {

    public static DValues of(double[] sizes, Weighting weighting) {
        return ofSorted(CumulativeDistribution.sortedSizes(sizes), weighting);
    }

    /** D-values of sizes already filtered and sorted by {@link CumulativeDistribution#sortedSizes}. */
    static DValues ofSorted(double[] sortedSizes, Weighting weighting) {
        CumulativeDistribution q = CumulativeDistribution.ofSortedSizes(sortedSizes, weighting);
        return new DValues(weighting, q.quantile(0.1), q.quantile(0.5), q.quantile(0.9));
    }

    /** (D90 - D10) / D50, the usual width of a particle size distribution. */
    public double span() {
        return (d90 - d10) / d50;
    }
}
