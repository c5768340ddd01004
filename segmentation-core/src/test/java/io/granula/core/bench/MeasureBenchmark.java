package io.granula.core.bench;

import ij.ImagePlus;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;

import java.util.Locale;

/**
 * Issue 4 target: measure 10,000 particles on an 8192 x 8192 label image in under 2 s. Prints our time,
 * ImageJ 1.54p ParticleAnalyzer's time on the same particles (binary mask, same measurements, intensity
 * redirected), and both ratios.
 *
 * <pre>
 * mvn -B -o -q -pl segmentation-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx6g -cp segmentation-core/target/classes:segmentation-core/target/test-classes:$(cat segmentation-core/target/cp.txt) \
 *      io.granula.core.bench.MeasureBenchmark [size] [cells] [runs]
 * </pre>
 */
public final class MeasureBenchmark {
    private static final double TARGET_SECONDS = 2.0;

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        int cells = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        LabelImage labels = BenchImages.gridOfEllipses(size, cells, 7);
        float[] values = BenchImages.intensity(size, 8);
        Image2D intensity = Image2D.gray(size, size, values);
        ParticleMeasurer measurer = new ParticleMeasurer();

        measurer.measure(labels, intensity, Calibration.none(), ProgressMonitor.NONE); // warm-up
        double best = Double.MAX_VALUE;
        int count = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            ParticleTable t = measurer.measure(labels, intensity, Calibration.none(), ProgressMonitor.NONE);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            count = t.size();
        }

        ByteProcessor mask = new ByteProcessor(size, size);
        int[] px = labels.labels();
        for (int i = 0; i < px.length; i++) {
            if (px[i] != 0) {
                mask.set(i, 255);
            }
        }
        mask.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
        Analyzer.setRedirectImage(new ImagePlus("intensity", new FloatProcessor(size, size, values)));
        int measurements = Measurements.AREA | Measurements.PERIMETER | Measurements.SHAPE_DESCRIPTORS
                | Measurements.FERET | Measurements.ELLIPSE | Measurements.CENTROID | Measurements.RECT
                | Measurements.MEAN | Measurements.MIN_MAX | Measurements.STD_DEV;
        ResultsTable rt = new ResultsTable();
        double imagej = Double.MAX_VALUE;
        for (int r = 0; r < 2; r++) { // the first run also warms ImageJ's code
            rt = new ResultsTable();
            ByteProcessor copy = (ByteProcessor) mask.duplicate(); // ParticleAnalyzer fills what it measured
            copy.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
            long t0 = System.nanoTime();
            ParticleAnalyzer pa = new ParticleAnalyzer(0, measurements, rt, 0, Double.POSITIVE_INFINITY);
            pa.setHideOutputImage(true);
            pa.analyze(new ImagePlus("mask", copy), copy);
            imagej = Math.min(imagej, (System.nanoTime() - t0) / 1e9);
        }
        Analyzer.setRedirectImage(null);

        System.out.printf(Locale.ROOT, "image %dx%d, %d particles (ImageJ found %d), %d cores%n",
                size, size, count, rt.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "granula ParticleMeasurer: %.3f s (best of %d)%n", best, runs);
        System.out.printf(Locale.ROOT, "ImageJ ParticleAnalyzer:  %.3f s (best of 2, same measurements)%n", imagej);
        System.out.printf(Locale.ROOT, "speed-up vs ImageJ: %.1fx; time / 2 s target: %.2f%n", imagej / best, best / TARGET_SECONDS);
    }
}
