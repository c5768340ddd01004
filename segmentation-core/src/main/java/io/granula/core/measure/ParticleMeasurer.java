package io.granula.core.measure;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Measures every particle of a label image, matching ImageJ 1.54p "Analyze Particles" (see
 * {@link Measurement} for each formula and its source).
 *
 * <p>Two stages: one raster pass over the pixels (bands of rows in parallel) gathers each label's count,
 * bounding box, first pixel, exact coordinate moments and intensity sums; then each particle is traced
 * and its shape measured inside its own bounding box, particles in parallel. Progress may be reported from
 * worker threads.
 */
public final class ParticleMeasurer {
    /** Parallel bands only pay when each band's per-label accumulators are small next to its pixels. */
    private static final int PIXELS_PER_LABEL_FOR_BANDS = 64;

    public ParticleTable measure(LabelImage labels, Calibration calibration) {
        return measure(labels, null, calibration, ProgressMonitor.NONE);
    }

    /**
     * Measures one particle inside its bounding box {minX, minY, maxX, maxY} only, in image coordinates
     * ({@link ParticleTable#placedAt}): the same numbers as a measurement of the whole image, at the cost of
     * the box. This is how an edited particle is re-measured.
     *
     * @param intensity the whole image, or null
     */
    public ParticleTable measureOne(LabelImage labels, Image2D intensity, Calibration calibration, int label, int[] box) {
        int w = labels.width();
        int x0 = box[0], y0 = box[1], bw = box[2] - box[0] + 1, bh = box[3] - box[1] + 1;
        int[] crop = new int[bw * bh];
        int[] src = labels.labels();
        for (int r = 0; r < bh; r++) {
            int off = (y0 + r) * w + x0;
            for (int c = 0; c < bw; c++) {
                if (src[off + c] == label) {
                    crop[r * bw + c] = label;
                }
            }
        }
        Image2D cropImage = intensity == null ? null : intensity.crop(x0, y0, bw, bh);
        return measure(new LabelImage(bw, bh, crop), cropImage, calibration, null)
                .placedAt(x0, y0, w, labels.height());
    }

    /**
     * @param intensity   image of the same size whose values give the intensity columns, or null; a
     *                    multi-channel image is measured on its {@link Image2D#toGray()} view
     * @param calibration pixel size; uncalibrated gives pixel units
     * @throws IllegalArgumentException when the intensity image's size differs from the labels'
     * @throws CancelledException       when the monitor asks to stop
     */
    public ParticleTable measure(LabelImage labels, Image2D intensity, Calibration calibration, ProgressMonitor monitor) {
        Objects.requireNonNull(labels, "labels");
        Calibration cal = calibration == null ? Calibration.none() : calibration;
        ProgressMonitor progress = monitor == null ? ProgressMonitor.NONE : monitor;
        int w = labels.width();
        int h = labels.height();
        float[] values = null;
        if (intensity != null) {
            if (intensity.width() != w || intensity.height() != h) {
                throw new IllegalArgumentException("intensity image is " + intensity.width() + "x" + intensity.height()
                        + " but the labels are " + w + "x" + h);
            }
            values = intensity.toGray().plane(0);
        }
        progress.update(0.0, "indexing labels");
        LabelIndex index = LabelIndex.of(labels.labels());
        progress.checkCancelled();
        progress.update(0.1, "scanning pixels");
        PixelSums sums = scan(labels, index, values);
        progress.checkCancelled();

        int n = index.size();
        MeasurementUnits units = MeasurementUnits.forCalibration(cal);
        double[][] columns = new double[Measurement.values().length][];
        for (Measurement m : Measurement.values()) {
            if ((values != null || !m.needsIntensity()) && m.fromLabels()) {
                columns[m.ordinal()] = new double[n];
            }
        }
        ParticleOutline[] outlines = new ParticleOutline[n];
        ParticleParts parts = new ParticleParts(labels.labels(), w, h);
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, n / 100);
        IntStream.range(0, n).parallel().forEach(k -> {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            outlines[k] = measureOne(k, index.id(k), sums, parts, w, h, columns);
            int d = done.incrementAndGet();
            if (d % step == 0) {
                progress.update(0.3 + 0.7 * d / n, "measuring particles");
            }
        });
        scale(columns, units);
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = index.id(k);
        }
        progress.update(1.0, n + " particles measured");
        return new ParticleTable(ids, columns, List.of(outlines), units, cal, w, h);
    }

    private static PixelSums scan(LabelImage labels, LabelIndex index, float[] values) {
        int w = labels.width();
        int h = labels.height();
        int n = index.size();
        long pixels = (long) w * h;
        int bands = (int) Math.max(1, Math.min(Math.min(Runtime.getRuntime().availableProcessors(), h),
                pixels / ((long) n * PIXELS_PER_LABEL_FOR_BANDS + 1)));
        PixelSums[] partial = new PixelSums[bands];
        IntStream.range(0, bands).parallel().forEach(b -> {
            PixelSums s = new PixelSums(n, values != null);
            s.scan(labels.labels(), w, index, values, (int) ((long) h * b / bands), (int) ((long) h * (b + 1) / bands));
            partial[b] = s;
        });
        for (int b = 1; b < bands; b++) {
            partial[0].merge(partial[b]);
        }
        return partial[0];
    }

    // All values in pixel units; scale() converts lengths and areas afterwards.
    private static ParticleOutline measureOne(int k, int label, PixelSums s, ParticleParts parts, int w, int h, double[][] col) {
        long count = s.count[k];
        int minX = s.minX[k], minY = s.minY[k], maxX = s.maxX[k], maxY = s.maxY[k];
        List<Contour> outlines = parts.outlines(label, s.first[k], count, minX, minY, maxX, maxY);
        double perimeter = 0;
        for (Contour c : outlines) {
            perimeter += TracedPerimeter.of(c);
        }
        Contour hull = ConvexHull.of(outlines);
        FeretCalipers feret = FeretCalipers.of(hull);
        // moments relative to the bounding box corner, as ImageJ's EllipseFitter sums them
        long rx = s.sx[k] - count * minX;
        long ry = s.sy[k] - count * minY;
        long rxx = s.sxx[k] - 2L * minX * s.sx[k] + count * minX * (long) minX;
        long ryy = s.syy[k] - 2L * minY * s.sy[k] + count * minY * (long) minY;
        long rxy = s.sxy[k] - (long) minY * s.sx[k] - (long) minX * s.sy[k] + count * minX * (long) minY;
        int bw = maxX - minX + 1, bh = maxY - minY + 1;
        EllipseFit ellipse = (bw == 1 || bh == 1) && count == (long) bw * bh
                ? EllipseFit.ofRectangle(bw, bh)
                : EllipseFit.fromMoments(count, rx, ry, rxx, ryy, rxy);

        double area = count;
        double convexArea = hull.area();
        double convexPerimeter = hull.length();
        set(col, Measurement.AREA, k, area);
        set(col, Measurement.PERIMETER, k, perimeter);
        set(col, Measurement.ECD, k, Math.sqrt(4.0 * area / Math.PI));
        set(col, Measurement.FERET, k, feret.max());
        set(col, Measurement.MIN_FERET, k, feret.min());
        set(col, Measurement.FERET_ANGLE, k, feret.angle());
        set(col, Measurement.MAJOR, k, ellipse.major());
        set(col, Measurement.MINOR, k, ellipse.minor());
        set(col, Measurement.ELLIPSE_ANGLE, k, ellipse.angle());
        set(col, Measurement.ASPECT_RATIO, k, ellipse.major() / ellipse.minor());
        set(col, Measurement.ROUNDNESS, k, 4.0 * area / (Math.PI * ellipse.major() * ellipse.major()));
        set(col, Measurement.CIRCULARITY, k, perimeter == 0 ? 0 : Math.min(1.0, 4.0 * Math.PI * area / (perimeter * perimeter)));
        set(col, Measurement.SOLIDITY, k, area / convexArea);
        set(col, Measurement.CONVEX_AREA, k, convexArea);
        set(col, Measurement.CONVEX_PERIMETER, k, convexPerimeter);
        set(col, Measurement.CONVEXITY, k, convexPerimeter / perimeter);
        set(col, Measurement.CENTROID_X, k, s.sx[k] / (double) count + 0.5);
        set(col, Measurement.CENTROID_Y, k, s.sy[k] / (double) count + 0.5);
        set(col, Measurement.BBOX_X, k, minX);
        set(col, Measurement.BBOX_Y, k, minY);
        set(col, Measurement.BBOX_WIDTH, k, bw);
        set(col, Measurement.BBOX_HEIGHT, k, bh);
        set(col, Measurement.EDGE_TOUCHING, k, minX == 0 || minY == 0 || maxX == w - 1 || maxY == h - 1 ? 1 : 0);
        if (s.isum != null) {
            double sum = s.isum[k];
            double var = count > 1 ? (count * s.isum2[k] - sum * sum) / count / (count - 1.0) : 0.0;
            set(col, Measurement.MEAN_INTENSITY, k, sum / count);
            set(col, Measurement.MIN_INTENSITY, k, s.imin[k]);
            set(col, Measurement.MAX_INTENSITY, k, s.imax[k]);
            set(col, Measurement.STD_INTENSITY, k, var > 0 ? Math.sqrt(var) : 0.0);
        }
        return new ParticleOutline(label, outlines);
    }

    private static void set(double[][] col, Measurement m, int row, double v) {
        col[m.ordinal()][row] = v;
    }

    private static void scale(double[][] columns, MeasurementUnits units) {
        for (Measurement m : Measurement.values()) {
            double f = units.scale(m.unitKind());
            double[] c = columns[m.ordinal()];
            if (c != null && f != 1.0) {
                for (int i = 0; i < c.length; i++) {
                    c[i] *= f;
                }
            }
        }
    }
}
