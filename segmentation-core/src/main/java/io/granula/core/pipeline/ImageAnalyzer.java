package io.granula.core.pipeline;

import io.granula.core.calib.Calibration;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.FlowModel;
import io.granula.core.image.Image2D;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-image pipeline shared by the command line and the GUI:
 * image -> {@link FlowModel} -> flows -> {@link PixelDynamics} -> labels -> {@link ParticleMeasurer}.
 *
 * <p>Without a user diameter it surveys the scale (the network at the image's own scale and
 * downscaled, see {@link #survey}), estimates the particle size from the most self-consistent
 * pass ({@link DiameterEstimate}) and, when it is far from the scale that pass assumed, runs
 * again with the image resized to that size.
 */
public final class ImageAnalyzer {
    private final FlowModel model;
    private final PixelDynamics dynamics;
    private final AnalysisSettings settings;
    /** Downscaled survey passes need enough pixels and objects to say anything. */
    private static final int MIN_SURVEY_SIDE = 96;
    private static final int MIN_SURVEY_OBJECTS = 3;

    private final ParticleMeasurer measurer = new ParticleMeasurer();

    public ImageAnalyzer(FlowModel model, PixelDynamics dynamics, AnalysisSettings settings) {
        this.model = model;
        this.dynamics = dynamics;
        this.settings = settings;
    }

    public ImageAnalysis analyze(Path source, Image2D image, Calibration calibration, ProgressMonitor progress) {
        Map<String, Double> millis = new LinkedHashMap<>();
        Image2D gray = image.toGray();
        double diameter = settings.estimateDiameter() ? Double.NaN : settings.diameterPx();
        boolean twoPass = settings.estimateDiameter();
        ProgressMonitor segmentation = progress.sub(0, 0.85);
        MaskResult masks;
        if (twoPass) {
            ScaleSurvey survey = survey(gray, segmentation.sub(0, 0.5), millis);
            masks = survey.masks();
            diameter = survey.assumed();
            if (DiameterEstimate.worthRescaling(survey.measured(), survey.assumed())) {
                diameter = survey.measured();
                masks = segment(gray, diameter, segmentation.sub(0.5, 1), millis, "rescaled_");
            }
        } else {
            masks = segment(gray, diameter, segmentation, millis, "");
        }
        progress.checkCancelled();
        long t0 = System.nanoTime();
        ParticleTable table = measurer.measure(masks.labels(), image, calibration, progress.sub(0.85, 1));
        millis.put("measure", (System.nanoTime() - t0) / 1e6);
        int[] kept = settings.filter().select(table);
        progress.update(1, "done");
        double used = Double.isNaN(diameter) ? model.trainedDiameter() : diameter;
        return new ImageAnalysis(source, image, masks.labels(), table, kept, calibration, used,
                dynamics.device(), millis);
    }

    /** The pass whose masks are most consistent with the scale it assumed, and their median diameter. */
    private record ScaleSurvey(MaskResult masks, double assumed, double measured) {
    }

    /**
     * Runs the network at the model's own scale and at 1/2 and 1/4 of it (a quarter of the cost
     * together), and keeps the pass whose median mask diameter is closest, in ratio, to the
     * diameter that pass assumed. A network trained at one object size fragments particles
     * several times larger into pieces of its own size, so a single native-scale pass cannot see
     * them; in a downscaled pass they appear at the trained size and its masks agree with the
     * scale. Small particles need no survey: the native pass already measures them and the final
     * pass enlarges the image.
     */
    private ScaleSurvey survey(Image2D gray, ProgressMonitor progress, Map<String, Double> millis) {
        double trained = model.trainedDiameter();
        MaskResult best = segment(gray, Double.NaN, progress.sub(0, 0.7), millis, "");
        double bestAssumed = trained;
        double bestMeasured = DiameterEstimate.medianDiameter(best.labels());
        double bestScore = score(bestMeasured, trained);
        int minSide = Math.min(gray.width(), gray.height());
        for (int factor : new int[]{2, 4}) {
            if (minSide / factor < MIN_SURVEY_SIDE) {
                break;
            }
            double assumed = trained * factor;
            MaskResult m = segment(gray, assumed, progress.sub(factor == 2 ? 0.7 : 0.9, factor == 2 ? 0.9 : 1),
                    millis, "survey_");
            double measured = DiameterEstimate.medianDiameter(m.labels());
            double score = m.labels().objectCount() >= MIN_SURVEY_OBJECTS ? score(measured, assumed) : Double.POSITIVE_INFINITY;
            if (score < bestScore) {
                best = m;
                bestAssumed = assumed;
                bestMeasured = measured;
                bestScore = score;
            }
        }
        return new ScaleSurvey(best, bestAssumed, bestMeasured);
    }

    private static double score(double measured, double assumed) {
        return measured > 0 ? Math.abs(Math.log(measured / assumed)) : Double.POSITIVE_INFINITY;
    }

    private MaskResult segment(Image2D gray, double diameter, ProgressMonitor progress,
                               Map<String, Double> millis, String prefix) {
        long t0 = System.nanoTime();
        FlowField flows = model.predict(gray, diameter, progress.sub(0, 0.8));
        millis.merge(prefix + "network", (System.nanoTime() - t0) / 1e6, Double::sum);
        progress.checkCancelled();
        progress.update(0.8, "flows to masks");
        MaskResult masks = dynamics.computeMasks(flows, settings.dynamics(), progress.sub(0.8, 1));
        masks.stageMillis().forEach((k, v) -> millis.merge(prefix + "dynamics_" + k, v, Double::sum));
        return masks;
    }
}
