package io.granula.core.measure;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.Calibration;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import io.granula.core.label.LabelImage;

import java.awt.Polygon;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs ImageJ 1.54p's own ParticleAnalyzer on each label of a label image, one binary mask per label, with
 * the measurements of "Analyze Particles" and the traced ROI it creates: the reference our measurer must
 * reproduce.
 */
final class ImageJOracle {
    static final int MEASUREMENTS = Measurements.AREA | Measurements.PERIMETER | Measurements.SHAPE_DESCRIPTORS
            | Measurements.FERET | Measurements.ELLIPSE | Measurements.CENTROID | Measurements.RECT
            | Measurements.MEAN | Measurements.MIN_MAX | Measurements.STD_DEV;

    /** One particle as ImageJ reports it. */
    record Result(Map<String, Double> values, Polygon outline, int rows) {
        double get(String heading) {
            Double v = values.get(heading);
            if (v == null) {
                throw new IllegalArgumentException("ImageJ gave no " + heading + " in " + values.keySet());
            }
            return v;
        }
    }

    private ImageJOracle() {
    }

    static LabelImage readLabels(Path tif) {
        ImagePlus imp = IJ.openImage(tif.toString());
        if (imp == null) {
            throw new IllegalStateException("ImageJ cannot open " + tif);
        }
        ImageProcessor ip = imp.getProcessor();
        int[] labels = new int[ip.getPixelCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) ip.getf(i);
        }
        return new LabelImage(ip.getWidth(), ip.getHeight(), labels);
    }

    static float[] readIntensity(Path tif) {
        ImagePlus imp = IJ.openImage(tif.toString());
        ImageProcessor ip = imp.getProcessor();
        float[] v = new float[ip.getPixelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ip.getf(i);
        }
        return v;
    }

    /**
     * @param intensity  raster values measured for Mean/Min/Max/StdDev, or null (the mask itself is measured)
     * @param pixelWidth ImageJ calibration (pixel width = height), 1 for none
     */
    static Map<Integer, Result> analyze(LabelImage labels, float[] intensity, double pixelWidth, String unit) {
        int w = labels.width();
        int h = labels.height();
        ImagePlus redirect = null;
        if (intensity != null) {
            redirect = new ImagePlus("intensity", new FloatProcessor(w, h, intensity.clone()));
            redirect.setCalibration(calibration(pixelWidth, unit));
        }
        Map<Integer, Result> out = new HashMap<>();
        int[] px = labels.labels();
        synchronized (ImageJOracle.class) {
            Analyzer.setRedirectImage(redirect);
            try {
                for (int id : ids(px)) {
                    ByteProcessor mask = new ByteProcessor(w, h);
                    for (int i = 0; i < px.length; i++) {
                        if (px[i] == id) {
                            mask.set(i, 255);
                        }
                    }
                    mask.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
                    ImagePlus imp = new ImagePlus("label-" + id, mask);
                    imp.setCalibration(calibration(pixelWidth, unit));
                    ResultsTable rt = new ResultsTable();
                    ParticleAnalyzer pa = new ParticleAnalyzer(ParticleAnalyzer.SHOW_OVERLAY_OUTLINES, MEASUREMENTS, rt,
                            0, Double.POSITIVE_INFINITY);
                    pa.setHideOutputImage(true);
                    if (!pa.analyze(imp, mask)) {
                        throw new IllegalStateException("ImageJ ParticleAnalyzer failed on label " + id);
                    }
                    Map<String, Double> values = new HashMap<>();
                    for (String heading : rt.getHeadings()) {
                        if (!"Label".equals(heading) && !" ".equals(heading)) {
                            values.put(heading, rt.getValue(heading, 0));
                        }
                    }
                    Overlay overlay = imp.getOverlay();
                    Roi roi = overlay == null ? null : overlay.get(0);
                    out.put(id, new Result(values, roi == null ? null : roi.getPolygon(), rt.size()));
                }
            } finally {
                Analyzer.setRedirectImage(null);
            }
        }
        return out;
    }

    private static Calibration calibration(double pixelWidth, String unit) {
        Calibration cal = new Calibration();
        if (pixelWidth != 1.0) {
            cal.pixelWidth = pixelWidth;
            cal.pixelHeight = pixelWidth;
            cal.setUnit(unit);
        }
        return cal;
    }

    private static int[] ids(int[] labels) {
        return java.util.Arrays.stream(labels).filter(v -> v != 0).distinct().sorted().toArray();
    }
}
