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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-image pipeline shared by the command line and the GUI:
 * image -> {@link FlowModel} -> flows -> {@link PixelDynamics} -> labels -> {@link ParticleMeasurer}.
 *
 * <p>Without a user diameter it runs the network once at the image's own scale, estimates the
 * particle size from those masks ({@link DiameterEstimate}) and, when it is far from the
 * model's trained diameter, runs again with the image resized to that scale, measuring again
 * after each pass; when the first pass finds nothing it surveys coarser scales
 * ({@link ScaleSearch}).
 */
public final class ImageAnalyzer {
    private final FlowModel model;
    private final PixelDynamics dynamics;
    private final AnalysisSettings settings;
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
        ProgressMonitor segmentation = progress.sub(0, 0.85);
        MaskResult masks;
        if (!settings.estimateDiameter()) {
            masks = segment(gray, diameter, segmentation, millis, "");
        } else {
            ScaleSearch search = new ScaleSearch(model.trainedDiameter(), gray.width(), gray.height());
            SizedPass best = new SizedPass(segment(gray, Double.NaN, segmentation.sub(0, 0.4), millis, ""),
                    model.trainedDiameter());
            // Little or nothing at the model's own scale: the particles may be far larger than its
            // field of view. Keep the scale whose masks explain clearly more of the image.
            if (search.worthSurveying(best)) {
                List<Double> scales = new ArrayList<>();
                Arrays.stream(search.coarserDiameters()).forEach(scales::add);
                if (search.worthMagnifying(best)) {
                    scales.add(search.finerDiameter());
                }
                for (double d : scales) {
                    progress.checkCancelled();
                    SizedPass survey = new SizedPass(segment(gray, d, segmentation.sub(0.4, 0.6), millis, "survey_"), d);
                    if (survey.coverage() > 2 * best.coverage()) {
                        best = survey;
                    }
                }
            }
            // Refine: a pass at a better scale sees the particles better, so measure again; a pass
            // that loses most of what the previous one found was chasing debris, and is dropped.
            for (int pass = 0; pass < ScaleSearch.REFINEMENTS && search.worthRefining(best, pass); pass++) {
                progress.checkCancelled();
                double next = search.clamp(best.measured());
                SizedPass refined = new SizedPass(segment(gray, next, segmentation.sub(0.6 + 0.4 * pass / ScaleSearch.REFINEMENTS,
                        0.6 + 0.4 * (pass + 1) / ScaleSearch.REFINEMENTS), millis, "rescaled_"), next);
                if (refined.coverage() < 0.5 * best.coverage()) {
                    break;
                }
                best = refined;
            }
            masks = best.masks();
            diameter = best.assumed();
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
