package io.granula.app.cli;

import io.granula.app.service.ResultsReportService;
import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.ReportService;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The command line's face of {@link ResultsReportService} and {@code ProjectReportService}, shared by {@code report}
 * and {@code analyze --report}.
 */
final class ReportRun {
    private ReportRun() {
    }

    /** Makes the report, prints what came of it, and returns the exit code. */
    static int run(ResultsReportService.Request request, ProgressMonitor progress, PrintWriter out, PrintWriter err) {
        return print(new ResultsReportService().make(request, progress), out, err);
    }

    /** Prints what came of a report (of a results folder or a project) and returns the exit code. */
    static int print(ResultsReportService.Result result, PrintWriter out, PrintWriter err) {
        result.problems().forEach(p -> err.println("granula: " + p));
        result.notes().forEach(n -> err.println("granula: note: " + n));
        if (result.cancelled()) {
            err.println("granula: report cancelled");
            err.flush();
            return GranulaCommand.SOME_FAILED;
        }
        ReportService.Outcome o = result.report().orElseThrow();
        out.printf(Locale.ROOT, "%s: %d pages, %.2f MB, %d images in %d samples, %.1f s%n", o.file(), o.pages(),
                o.bytes() / 1e6, result.images(), result.samples(), o.millis() / 1e3);
        out.flush();
        err.flush();
        return result.problems().isEmpty() ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
    }
}
