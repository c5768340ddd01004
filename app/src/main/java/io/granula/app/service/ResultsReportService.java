package io.granula.app.service;

import io.granula.core.pipeline.ResultsKeys;
import io.granula.core.pipeline.ResultsReader;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.ReportException;
import io.granula.reports.ReportService;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ReportModel;
import io.granula.reports.model.ScaleBarMark;
import io.granula.reports.settings.ReportSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PDF report of a results folder: what {@code report} does, and what {@code analyze --report}
 * does once its results are written, so both give the same report. The folder is read back by
 * core's {@link ResultsReader}, the PDF written by the reports module's {@link ReportService}.
 */
public final class ResultsReportService {
    /**
     * @param excludeEdge whether particles touching the border are left out; null: as the settings
     *                    say, or as the analysis did ({@code exclude_edge} in its run record)
     */
    public record Request(Path results, ReportSettings settings, Boolean excludeEdge, Path pdf) {
    }

    /**
     * @param report   the PDF written, absent when cancelled
     * @param problems one line per image folder that could not be read (the report holds the others)
     * @param notes    one line per image shown without its micrograph, and the report's own warnings
     */
    public record Result(Optional<ReportService.Outcome> report, int images, int samples, List<String> problems,
                         List<String> notes) {
        public Result {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean cancelled() {
            return report.isEmpty();
        }
    }

    /**
     * @throws ServiceException bad request when the folder is not a results folder or the report cannot be
     *                          written; failed when no image of it could be read
     */
    public Result make(Request request, ProgressMonitor progress) {
        ResultsReader.Folder read;
        try {
            read = new ResultsReader().read(request.results(), progress.sub(0, 0.5));
        } catch (ResultsReader.NotResults e) {
            throw ServiceException.badRequest(e.getMessage());
        }
        if (read.images().isEmpty()) {
            throw ServiceException.failed("no image of " + request.results() + " could be read; no report written"
                    + (read.problems().isEmpty() ? "" : " (" + String.join("; ", read.problems()) + ")"));
        }
        ReportSettings settings = request.settings();
        boolean edge = request.excludeEdge() != null ? request.excludeEdge() : settings.excludeEdge()
                || read.run().map(r -> "true".equals(String.valueOf(r.parameters().get(ResultsKeys.EXCLUDE_EDGE))))
                .orElse(false);
        Path folder = request.results().toAbsolutePath().normalize().getFileName();
        String project = !settings.project().isBlank() ? settings.project() : folder == null ? "" : folder.toString();
        ReportSettings effective = settings.toBuilder().excludeEdge(edge).build();
        List<ReportImage> images = read.images().stream().map(ResultsReportService::reportImage).toList();
        ReportModel model = ReportModel.grouped(project, read.created(), read.run(), images, effective.samples());
        try {
            ReportService.Outcome outcome = new ReportService().write(model, effective, request.pdf(), progress.sub(0.5, 1));
            List<String> notes = new java.util.ArrayList<>(read.notes());
            notes.addAll(outcome.warnings());
            return new Result(Optional.of(outcome), images.size(), model.samples().size(), read.problems(), notes);
        } catch (ReportException e) {
            throw ServiceException.badRequest(e.getMessage());
        } catch (CancelledException e) {
            return new Result(Optional.empty(), images.size(), model.samples().size(), read.problems(), read.notes());
        }
    }

    private static ReportImage reportImage(ResultsReader.SavedImage s) {
        return new ReportImage(s.name(), s.source(), s.particles(), s.micrograph(), Optional.of(s.labels()), s.overlay(),
                s.scaleBar().flatMap(ResultsReportService::mark));
    }

    private static Optional<ScaleBarMark> mark(ResultsReader.ScaleBarBox b) {
        try {
            return Optional.of(new ScaleBarMark(b.x0(), b.x1(), b.y0(), b.y1(), b.label(),
                    b.text().map(t -> new ScaleBarMark.Region(t.x0(), t.y0(), t.x1(), t.y1()))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
