package io.granula.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.project.AnalysisSettingsRecord;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.CalibrationOrigin;
import io.granula.app.project.ImageAnalysisRecord;
import io.granula.app.project.ImageLinks;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.calib.Calibration;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.progress.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code project analyze}: analyses, with one {@link AnalysisService}, every image of a project that has
 * not been analysed with these settings on its current content, and stores each result as soon as it is
 * known (so an interrupted run resumes where it stopped). An image whose file changed since it was added
 * keeps its old results unless the caller accepts the change; a missing image is named and skipped. A pixel
 * size the user typed or drew in the project is kept over the file's metadata and scale bar.
 */
public final class ProjectAnalysis {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many images were analysed, skipped (already done) and failed. */
    public record Outcome(int analysed, int skipped, int failed) {
    }

    private final ProjectStore store;
    private final AnalysisService service;
    private final AnalysisOptions options;

    public ProjectAnalysis(ProjectStore store, AnalysisService service, AnalysisOptions options) {
        this.store = store;
        this.service = service;
        this.options = options;
    }

    /** The settings this run stores, keyed by what decides the masks. */
    public static AnalysisSettingsRecord settingsOf(AnalysisOptions options, RunRecord run) {
        return new AnalysisSettingsRecord(0, options.model().toString(), run.modelSha256(), options.diameterPx(),
                options.flowThreshold(), options.cellprobThreshold(), options.minSize(), options.excludeEdge(),
                options.augment(), options.device(), json(run.parameters()));
    }

    /** What happened to one image, as soon as it is known (the window updates its image list from these). */
    public record ImageEvent(ProjectImage image, Kind kind, String prefix, String message, ImageResult result) {
        public enum Kind { STARTED, ANALYSED, SKIPPED, FAILED }

        /** "[2/30] name: message", the command line's line. */
        public String line() {
            return prefix + message;
        }
    }

    /**
     * @param acceptChanged re-analyse images whose file changed on disk (their hash is updated)
     * @param lines         one line per image (progress and problems)
     */
    public Outcome run(boolean acceptChanged, ProgressMonitor monitor, Consumer<String> lines) {
        return run(null, acceptChanged, monitor, e -> {
            if (e.kind() != ImageEvent.Kind.STARTED) {
                lines.accept(e.line());
            }
        });
    }

    /**
     * Analyses the images whose ids are in {@code only} (every image when null), in project order.
     *
     * @param each receives each image's events (started, then analysed, skipped or failed)
     * @throws io.granula.core.progress.CancelledException when the monitor cancels (finished images stay stored)
     */
    public Outcome run(Collection<Long> only, boolean acceptChanged, ProgressMonitor monitor, Consumer<ImageEvent> each) {
        AnalysisSettingsRecord settings = store.saveSettings(settingsOf(options, service.runRecord()));
        int analysed = 0, skipped = 0, failed = 0;
        var images = store.images().stream().filter(i -> only == null || only.contains(i.id())).toList();
        for (int i = 0; i < images.size(); i++) {
            monitor.checkCancelled();
            ProjectImage img = images.get(i);
            ProgressMonitor step = monitor.sub((double) i / images.size(), (double) (i + 1) / images.size());
            Path file = store.resolve(img);
            String prefix = String.format(Locale.ROOT, "[%d/%d] %s: ", i + 1, images.size(), img.name());
            each.accept(new ImageEvent(img, ImageEvent.Kind.STARTED, prefix, "", null));
            if (!Files.isRegularFile(file)) {
                each.accept(new ImageEvent(img, ImageEvent.Kind.FAILED, prefix, "image file missing (" + file
                        + "); find it with 'granula project relink --search DIR'", null));
                failed++;
                continue;
            }
            if (!ImageLinks.sameContent(img, file)) {
                if (!acceptChanged) {
                    each.accept(new ImageEvent(img, ImageEvent.Kind.FAILED, prefix, file
                            + " changed on disk since it was added (content hash differs); "
                            + "kept the old results - pass --reanalyse-changed to analyse the new content", null));
                    failed++;
                    continue;
                }
                accept(img, file);
                img = store.image(img.id()).orElseThrow();
            }
            Optional<ImageAnalysisRecord> done = store.analysis(img.id());
            if (done.isPresent() && done.get().settingsId() == settings.id() && done.get().imageSha256().equals(img.sha256())) {
                each.accept(new ImageEvent(img, ImageEvent.Kind.SKIPPED, prefix, "already analysed with these settings, skipped", null));
                skipped++;
                continue;
            }
            try {
                ImageResult result = service.analyse(file, step);
                store(img, settings, result);
                each.accept(new ImageEvent(img, ImageEvent.Kind.ANALYSED, prefix, String.format(Locale.ROOT,
                        "%d particles, %.1f s", result.particles().size(), result.seconds()), result));
                analysed++;
            } catch (ServiceException e) {
                each.accept(new ImageEvent(img, ImageEvent.Kind.FAILED, prefix, e.getMessage(), null));
                failed++;
            }
        }
        return new Outcome(analysed, skipped, failed);
    }

    private void accept(ProjectImage img, Path file) {
        try {
            store.acceptContent(img.id(), ImageLinks.sha256(file), Files.size(file));
        } catch (IOException e) {
            throw ServiceException.failed(file + ": cannot read: " + e.getMessage());
        }
    }

    private void store(ProjectImage img, AnalysisSettingsRecord settings, ImageResult result) {
        RunRecord run = result.run();
        Map<String, Object> runJson = new LinkedHashMap<>();
        runJson.put("software", run.software());
        runJson.put("model", run.model());
        runJson.put("model_sha256", run.modelSha256());
        runJson.put("model_provenance", run.modelProvenance());
        runJson.put("device", result.analysis().device());
        runJson.put("parameters", run.parameters());
        runJson.put("stage_ms", result.analysis().stageMillis());
        runJson.put("calibration", result.calibrationDetails());
        store.saveAnalysis(new ImageAnalysisRecord(img.id(), settings.id(), img.sha256(), Instant.now(),
                result.analysis().diameterPx(), result.analysis().device(), json(runJson)), result.labels(), result.particles());
        Optional<CalibrationEntry> current = store.calibration(img.id());
        if (current.isPresent() && current.get().origin().isManual() && options.scale() == null) {
            store.applyCalibration(img.id()); // the user's own pixel size wins over the file's
            return;
        }
        Calibration c = result.calibration();
        boolean same = current.isPresent() && current.get().calibration().equals(c);
        if (!same) {
            store.setCalibration(img.id(), c.nmPerPixel(), CalibrationOrigin.of(c.source()), c.detail());
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
