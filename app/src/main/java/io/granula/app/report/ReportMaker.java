package io.granula.app.report;

import io.granula.app.cli.GranulaCommand;
import io.granula.app.cli.UserError;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.ReportException;
import io.granula.reports.ReportService;
import io.granula.reports.model.ReportModel;
import io.granula.reports.settings.ReportSettings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Makes the PDF report of a results folder: what {@code report} does, and what {@code analyze
 * --report} does once its results are written, so both give the same report. Returns the exit code.
 */
public final class ReportMaker {
    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressMonitor progress;

    public ReportMaker(PrintWriter out, PrintWriter err, ProgressMonitor progress) {
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    /**
     * @param excludeEdge whether particles touching the border are left out; null: as the settings
     *                    say, or as the analysis did ({@code exclude_edge} in its run record)
     */
    public int make(Path results, ReportSettings settings, Boolean excludeEdge, Path pdf) {
        ResultsFolderReader.Result read;
        try {
            read = new ResultsFolderReader().read(results, progress.sub(0, 0.5));
        } catch (ResultsFolderReader.NotResults e) {
            throw new UserError(e.getMessage());
        }
        read.problems().forEach(p -> err.println("granula: " + p));
        read.notes().forEach(n -> err.println("granula: note: " + n));
        if (read.images().isEmpty()) {
            throw new UserError("no image of " + results + " could be read; no report written", GranulaCommand.SOME_FAILED);
        }
        boolean edge = excludeEdge != null ? excludeEdge : settings.excludeEdge()
                || read.run().map(r -> "true".equals(String.valueOf(r.parameters().get("exclude_edge")))).orElse(false);
        Path folder = results.toAbsolutePath().normalize().getFileName();
        String project = !settings.project().isBlank() ? settings.project() : folder == null ? "" : folder.toString();
        ReportSettings effective = settings.toBuilder().excludeEdge(edge).build();
        ReportModel model = ReportModel.grouped(project, read.created(), read.run(), read.images(), effective.samples());
        try {
            ReportService.Outcome outcome = new ReportService().write(model, effective, pdf, progress.sub(0.5, 1));
            outcome.warnings().forEach(w -> err.println("granula: note: " + w));
            out.printf(Locale.ROOT, "%s: %d pages, %.2f MB, %d images in %d samples, %.1f s%n", outcome.file(),
                    outcome.pages(), outcome.bytes() / 1e6, read.images().size(), model.samples().size(),
                    outcome.millis() / 1e3);
            out.flush();
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        } catch (CancelledException e) {
            err.println("granula: report cancelled");
            return GranulaCommand.SOME_FAILED;
        }
        return read.problems().isEmpty() ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
    }
}
