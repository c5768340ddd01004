package io.granula.app.service;

import io.granula.app.project.FilterDocument;
import io.granula.app.project.ImageAnalysisRecord;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.Sample;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.ReportException;
import io.granula.reports.ReportService;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ReportModel;
import io.granula.reports.model.ReportSample;
import io.granula.reports.settings.RangeFilter;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.settings.ReportSettingsFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF report of a project: its current (corrected) masks, measured as {@link ProjectExport} measures
 * them ({@link ProjectResults}), grouped by the project's samples, with the project's filters and report
 * choices. Fed to the reports module directly from the store, no results folder in between. Reads only,
 * so a read-only view (another program has the project) can be reported too. Used by
 * {@code report P.granula} and the workbench's Report button.
 */
public final class ProjectReportService {
    /** Sample of the images that belong to none, when some others do. */
    public static final String NO_SAMPLE = "No sample";

    /**
     * @param settings the report's choices; {@link #choices(ProjectStore)} gives the project's own
     */
    public record Request(ProjectStore store, ReportSettings settings, Path pdf) {
    }

    /**
     * The project's report choices ({@link ProjectStore#REPORT_CHOICES}, or the defaults) with its particle
     * filter ({@link ProjectStore#FILTERS}) added: the filter's ranges become report filters, its edge choice
     * is kept when either asks to leave edge particles out.
     *
     * @throws ServiceException bad request when the stored choices cannot be read
     */
    public static ReportSettings choices(ProjectStore store) {
        ReportSettings base;
        try {
            base = store.setting(ProjectStore.REPORT_CHOICES)
                    .map(json -> ReportSettingsFile.fromJson(json, store.file().toString()))
                    .orElse(ReportSettings.defaults());
        } catch (ReportException e) {
            throw ServiceException.badRequest(e.getMessage());
        }
        ParticleFilter filter = store.setting(ProjectStore.FILTERS).map(FilterDocument::read).orElse(ParticleFilter.ALL);
        List<RangeFilter> filters = new ArrayList<>(base.filters());
        for (MeasurementRange r : filter.ranges()) {
            filters.add(new RangeFilter(r.measurement().key(), Double.isFinite(r.min()) ? r.min() : null,
                    Double.isFinite(r.max()) ? r.max() : null));
        }
        return base.toBuilder().filters(filters).excludeEdge(base.excludeEdge() || filter.excludeEdgeTouching()).build();
    }

    /**
     * @throws ServiceException bad request when the report cannot be written; failed when no image of the
     *                          project has been analysed
     */
    public ResultsReportService.Result make(Request request, ProgressMonitor progress) {
        ProjectStore store = request.store();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Long, List<ReportImage>> bySample = new LinkedHashMap<>();
        Optional<RunRecord> run = Optional.empty();
        Instant created = null;
        List<ProjectImage> images = store.images();
        ProgressMonitor reading = progress.sub(0, 0.5);
        int done = 0;
        for (ProjectImage img : images) {
            reading.checkCancelled();
            reading.update((double) done++ / images.size(), "reading " + img.name());
            Optional<ImageAnalysisRecord> rec = store.analysis(img.id());
            if (rec.isEmpty()) {
                problems.add(img.name() + ": not analysed yet, not in the report");
                continue;
            }
            boolean present = ProjectResults.hasMicrograph(store, img);
            ImageAnalysis a = ProjectResults.current(store, img, rec.get(), notes::add);
            bySample.computeIfAbsent(img.sampleId(), k -> new ArrayList<>()).add(new ReportImage(img.name(),
                    Optional.of(store.resolve(img)), a.particles(), present ? Optional.of(a.image()) : Optional.empty(),
                    Optional.of(a.labels()), Optional.empty(), Optional.empty()));
            if (run.isEmpty()) {
                run = runRecord(rec.get(), notes);
            }
            created = created == null || rec.get().at().isAfter(created) ? rec.get().at() : created;
        }
        if (bySample.isEmpty()) {
            throw ServiceException.failed("no image of " + store.file() + " has been analysed; no report written");
        }
        ReportSettings settings = request.settings();
        String project = !settings.project().isBlank() ? settings.project() : stem(store.file());
        ReportModel model = settings.samples().isEmpty()
                ? new ReportModel(project, created, run, samples(store, bySample, project))
                : ReportModel.grouped(project, created, run,
                bySample.values().stream().flatMap(List::stream).toList(), settings.samples());
        int count = model.images().size();
        try {
            ReportService.Outcome outcome = new ReportService().write(model, settings, request.pdf(), progress.sub(0.5, 1));
            notes.addAll(outcome.warnings());
            return new ResultsReportService.Result(Optional.of(outcome), count, model.samples().size(), problems, notes);
        } catch (ReportException e) {
            throw ServiceException.badRequest(e.getMessage());
        } catch (CancelledException e) {
            return new ResultsReportService.Result(Optional.empty(), count, model.samples().size(), problems, notes);
        }
    }

    /** The project's samples in name order; images of none go together under the project's name, or {@link #NO_SAMPLE}. */
    private static List<ReportSample> samples(ProjectStore store, Map<Long, List<ReportImage>> bySample, String project) {
        List<ReportSample> out = new ArrayList<>();
        for (Sample s : store.samples()) {
            List<ReportImage> members = bySample.get(s.id());
            if (members != null) {
                out.add(new ReportSample(s.name(), members));
            }
        }
        List<ReportImage> none = bySample.get(0L);
        if (none != null) {
            out.add(new ReportSample(out.isEmpty() ? (project.isBlank() ? "Sample" : project) : NO_SAMPLE, none));
        }
        return out;
    }

    private static Optional<RunRecord> runRecord(ImageAnalysisRecord rec, List<String> notes) {
        try {
            return Optional.of(ProjectResults.runRecord(rec));
        } catch (IOException | RuntimeException e) {
            notes.add("the analysis record of image " + rec.imageId() + " cannot be read; methods without it");
            return Optional.empty();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".granula") ? name.substring(0, name.length() - ".granula".length()) : name;
    }
}
