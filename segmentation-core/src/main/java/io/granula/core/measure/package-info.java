/**
 * Per-particle measurements that match ImageJ 1.54p "Analyze Particles".
 *
 * <p>{@link io.granula.core.measure.ParticleMeasurer} turns a {@link io.granula.core.label.LabelImage}
 * (plus an optional intensity image and a {@link io.granula.core.calib.Calibration}) into a columnar
 * {@link io.granula.core.measure.ParticleTable}; {@link io.granula.core.measure.Measurement} lists every
 * column with its unit kind, meaning and source. The pieces follow ImageJ's own classes one for one:
 * {@link io.granula.core.measure.ContourTracer} (ij.gui.Wand, legacy thresholded mode = 8-connected),
 * {@link io.granula.core.measure.TracedPerimeter} (PolygonRoi.getTracedPerimeter),
 * {@link io.granula.core.measure.ConvexHull} (FloatPolygon.getConvexHull's vertex order),
 * {@link io.granula.core.measure.FeretCalipers} (Roi.getFeretValues),
 * {@link io.granula.core.measure.EllipseFit} (EllipseFitter). Shape factors are those of
 * Analyzer.saveResults.
 *
 * <p>What ImageJ does that one might not expect, checked by running ImageJ in the tests
 * (ImageJParityTest): area and solidity use the pixel count with holes excluded (a 7x7 square with a
 * 3x3 hole has solidity 40/49, not 1); circularity is capped at 1; the perimeter depends on the outline's
 * starting vertex, so the tracer starts where ImageJ's does; a particle one pixel wide or high gets
 * EllipseFitter's no-mask formula. Everything agrees with ImageJ to 1e-9 on the 125 StarDist nuclei and
 * on synthetic shapes, and the traced outlines are the same vertex lists.
 *
 * <p>Where this package differs on purpose: a label in several 8-connected parts is one particle (ImageJ
 * would report each part), its perimeter the sum of the parts' and its hull spanning all parts.
 */
package io.granula.core.measure;
