package io.granula.core.pipeline;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.annotate.Exclusion;
import io.granula.core.calib.Calibration;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.MasksAtImageSize;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.FlowModel;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.dynamics.LabelRenumbering;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleConfidence;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-image pipeline shared by the command line and the GUI:
 * image -> {@link FlowModel} -> flows -> {@link PixelDynamics} -> labels -> {@link ParticleMeasurer}.
 *
 * <p>Without a user diameter it runs the network once at the image's own scale, estimates the
 * particle size from those masks ({@link DiameterEstimate}) and, when it is far from the
 * model's trained diameter, runs again with the image resized to that scale, measuring again
 * after each pass; when the first pass finds nothing it surveys coarser scales
 * ({@link ScaleSearch}). A pass at a far coarser scale then adds particles of a second, larger
 * population where nothing was found ({@link LargePopulation}).
 */
public final class ImageAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(ImageAnalyzer.class);
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
        return analyze(source, image, calibration, List.of(), progress);
    }

    /**
     * As {@link #analyze(Path, Image2D, Calibration, ProgressMonitor)}, with the image's annotation
     * areas (data strip, scale bar, labels) left out of segmentation ({@link Exclusion}): no
     * particle is found in them.
     */
    public ImageAnalysis analyze(Path source, Image2D image, Calibration calibration, List<AnnotationArea> excluded,
                                 ProgressMonitor progress) {
        Map<String, Double> millis = new LinkedHashMap<>();
        Exclusion exclusion = Exclusion.of(excluded, image.width(), image.height());
        Specimen gray = new Specimen(image.toGray(), exclusion);
        ProbabilityMap probability = new ProbabilityMap(gray.width(), gray.height());
        ProgressMonitor segmentation = progress.sub(0, 0.85);
        MaskResult masks;
        double diameter;
        if (settings.estimateDiameter()) {
            ScaleSearch search = new ScaleSearch(model.trainedDiameter(), gray.width(), gray.height());
            Map<Double, MaskResult> surveyed = new HashMap<>();
            SizedPass found = searchSize(gray, search, segmentation, millis, probability, surveyed);
            masks = addLargePopulation(gray, found, search, segmentation, millis, probability, surveyed);
            diameter = found.assumed();
        } else {
            diameter = settings.diameterPx();
            masks = segment(gray, diameter, segmentation, millis, "", probability);
        }
        progress.checkCancelled();
        StageClock clock = StageClock.start();
        LabelImage labels = exclusion.place(masks.labels());
        float[] grayFull = image.toGray().plane(0);
        float[] p = exclusion.place(probability.values(), 0f);
        double[] confidence = ParticleConfidence.perLabel(labels, grayFull, p);
        if (dropBelow(labels, confidence, settings.minConfidence())) {
            confidence = ParticleConfidence.perLabel(labels, grayFull, p);
        }
        clock.stop(millis, "confidence");
        clock = StageClock.start();
        ParticleTable table = measurer.measure(labels, image, calibration, progress.sub(0.85, 1));
        double[] byRow = new double[table.size()];
        for (int row = 0; row < byRow.length; row++) {
            byRow[row] = confidence[table.label(row)];
        }
        table = table.withColumn(Measurement.CONFIDENCE, byRow);
        clock.stop(millis, "measure");
        int[] kept = settings.filter().select(table);
        progress.update(1, "done");
        return new ImageAnalysis(source, image, labels, table, kept, calibration, diameter,
                dynamics.device(), millis, excluded);
    }

    /**
     * The particle size found by {@link ScaleSearch}: the pass whose masks are kept, and the
     * diameter it assumed. Uses the first 90 % of {@code segmentation}.
     */
    private SizedPass searchSize(Specimen gray, ScaleSearch search, ProgressMonitor segmentation,
                                 Map<String, Double> millis, ProbabilityMap probability,
                                 Map<Double, MaskResult> surveyed) {
        SizedPass best = logged("first", new SizedPass(segment(gray, Double.NaN, segmentation.sub(0, 0.4), millis, "",
                probability), model.trainedDiameter()));
        // Little or nothing at the model's own scale: the particles may be far larger than its
        // field of view (or far thinner). Keep the scale whose masks explain clearly more of the image.
        SizedPass first = best;
        double[] survey = search.surveyDiameters(first);
        for (int k = 0; k < survey.length; k++) {
            segmentation.checkCancelled();
            ProgressMonitor slice = segmentation.sub(0.4 + 0.15 * k / survey.length, 0.4 + 0.15 * (k + 1) / survey.length);
            MaskResult found = segment(gray, survey[k], slice, millis, "survey_", probability);
            surveyed.put(survey[k], found);
            SizedPass pass = logged("survey", new SizedPass(found, survey[k]));
            if (pass.coverage() > 2 * best.coverage()) {
                best = pass;
            }
        }
        // Specks and thin rods: a magnified pass, only when neither the first pass nor a coarser one found anything
        if (search.magnifyAfterSurvey(first, best)) {
            segmentation.checkCancelled();
            double finer = search.finerDiameter();
            SizedPass pass = logged("magnified", new SizedPass(segment(gray, finer, segmentation.sub(0.55, 0.6), millis,
                    "magnified_", probability), finer));
            if (search.magnifiedExplains(pass, best)) {
                best = pass;
            }
        }
        // Refine: a pass at a better scale sees the particles better, so measure again; a pass
        // that loses most of what the previous one found was chasing debris, and is dropped.
        for (int k = 0; k < ScaleSearch.REFINEMENTS && search.worthRefining(best, k); k++) {
            segmentation.checkCancelled();
            double next = search.clamp(best.measured());
            ProgressMonitor slice = segmentation.sub(0.6 + 0.3 * k / ScaleSearch.REFINEMENTS,
                    0.6 + 0.3 * (k + 1) / ScaleSearch.REFINEMENTS);
            SizedPass refined = logged("rescaled", new SizedPass(segment(gray, next, slice, millis, "rescaled_",
                    probability), next));
            if (refined.coverage() < 0.5 * best.coverage()) {
                break;
            }
            best = refined;
        }
        return best;
    }

    /**
     * The masks of the pass the search kept, plus those of a pass at a far coarser scale where it
     * found nothing. Uses the last 5 % of {@code segmentation}.
     */
    private MaskResult addLargePopulation(Specimen gray, SizedPass found, ScaleSearch search,
                                           ProgressMonitor segmentation, Map<String, Double> millis,
                                           ProbabilityMap probability, Map<Double, MaskResult> surveyed) {
        MaskResult masks = found.masks();
        int minSize = settings.dynamics().minSize();
        // No pass for a second, finer population: on the real powder (sem-powder's validation
        // image, satellites beside 49 px spheres) such a pass, the network on the image magnified
        // 3x or more, took 179 of 308 s and added no particle that was kept (AP@0.5 0.625 with
        // and without it; scripts/bench.sh real). Give --diameter for a fine fraction.
        // Far larger particles, which the network at this scale often misses outright, get a pass.
        double large = LargePopulation.diameter(found, search);
        if (large > 0) {
            segmentation.checkCancelled();
            // A survey pass at this very scale has the same flows and masks (the dynamics are
            // deterministic, and its probabilities are already in the map): it is reused, not rerun.
            // That happens on sparse images: the first pass found little, the survey no better
            // (large = 3 x trained = the first survey scale) or the 3x survey won (large = the 9x one).
            MaskResult coarse = surveyed.containsKey(large) ? surveyed.get(large)
                    : segment(gray, large, segmentation.sub(0.95, 1), millis, "large_", probability);
            masks = LargePopulation.merge(masks, coarse, found.assumed(), minSize);
        }
        return masks;
    }

    /** The pass, its scale and what it found in the debug log (logger io.granula.core.pipeline.ImageAnalyzer). */
    private static SizedPass logged(String kind, SizedPass pass) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(Locale.ROOT, "%s pass at %.1f px: %d objects, median diameter %.1f px, coverage %.4f",
                    kind, pass.assumed(), pass.objects(), pass.measured(), pass.coverage()));
        }
        return pass;
    }

    /**
     * Removes (in place, then renumbers) the particles whose confidence is under {@code min}.
     *
     * @return whether any was removed
     */
    private static boolean dropBelow(LabelImage labels, double[] confidence, double min) {
        boolean[] drop = new boolean[confidence.length];
        boolean any = false;
        for (int id = 1; id < confidence.length; id++) {
            drop[id] = confidence[id] < min;
            any |= drop[id];
        }
        if (any) {
            LabelRenumbering.remove(labels.labels(), drop);
            LabelRenumbering.renumber(labels.labels());
        }
        return any;
    }

    private MaskResult segment(Specimen gray, double diameter, ProgressMonitor progress,
                               Map<String, Double> millis, String prefix, ProbabilityMap probability) {
        // A resized image gets its masks at the network's scale and they are brought back by
        // nearest neighbour (Cellpose's resample=False) rather than the flows being resized to
        // the image first (resample=True, Cellpose's default). Measured on held-out synthetic
        // sets (scripts/model-card.sh): enlarged 6 px particles have flows of a few interpolated
        // pixels at the image's scale, and the flow-error check dropped most of them; shrunk
        // 100-150 px particles left thin streaks of background pixels converging on
        // interpolated flows (AP@0.5 at 150 px 0.82 -> 0.85, AP@0.75 0.78 -> 0.84).
        StageClock clock = StageClock.start();
        // the specimen is cut for this pass only: its copy is gone before the dynamics begin
        FlowField flows = model.predictAtNetworkScale(gray.image(), diameter, progress.sub(0, 0.8));
        clock.stop(millis, prefix + "network");
        clock = StageClock.start();
        probability.add(flows);
        progress.checkCancelled();
        progress.update(0.8, "flows to masks");
        DynamicsParameters params = settings.dynamics();
        MaskResult masks;
        if (flows.width() != gray.width() || flows.height() != gray.height()) {
            // The size limit applies in image pixels, after the masks are brought back.
            MaskResult found = dynamics.computeMasks(flows, params.withMinSize(0), progress.sub(0.8, 0.95));
            flows = null; // 12 bytes per network pixel that the resize below need not keep alive
            masks = MasksAtImageSize.resize(found, gray.width(), gray.height(), params, progress.sub(0.95, 1));
        } else {
            masks = dynamics.computeMasks(flows, params, progress.sub(0.8, 1));
        }
        clock.stopCpu(millis, prefix + "dynamics");
        masks.stageMillis().forEach((k, v) -> millis.merge(prefix + "dynamics_" + k, v, Double::sum));
        return masks;
    }
}
