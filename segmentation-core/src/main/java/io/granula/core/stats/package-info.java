/**
 * Statistics of a {@link io.granula.core.measure.ParticleTable}'s selected rows, computed once here so the
 * GUI's charts and the PDF report show the same numbers.
 *
 * <ul>
 *   <li>{@link io.granula.core.stats.ParticleStatistics#summarise} gives a
 *       {@link io.granula.core.stats.ParticleSummary}: per measurement count/min/max/mean/sample std
 *       ({@link io.granula.core.stats.Descriptive}), and the ECD's D10/D50/D90 by number, area and
 *       volume ({@link io.granula.core.stats.DValues}, {@link io.granula.core.stats.Weighting}).</li>
 *   <li>One quantile definition for everything ({@link io.granula.core.stats.CumulativeDistribution}:
 *       ISO 9276-2 cumulative distribution with linear interpolation between particles at the middle of
 *       their weight; Hyndman-Fan type 5 when unweighted).</li>
 *   <li>Chart data: {@link io.granula.core.stats.Histogram} with {@link io.granula.core.stats.Binning}
 *       (fixed width or count, linear or log), {@link io.granula.core.stats.CumulativeCurve},
 *       {@link io.granula.core.stats.BoxPlot} (Tukey, 1.5 IQR), {@link io.granula.core.stats.Violin}
 *       (Gaussian KDE, Silverman bandwidth).</li>
 * </ul>
 * Filtering ({@link io.granula.core.measure.ParticleFilter}) gives the rows; statistics follow it.
 */
package io.granula.core.stats;
