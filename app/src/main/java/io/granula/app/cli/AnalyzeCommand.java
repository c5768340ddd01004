package io.granula.app.cli;

import io.granula.app.service.AnalysisOptions;
import io.granula.app.service.AnalysisService;
import io.granula.app.service.BatchRequest;
import io.granula.app.service.BatchResult;
import io.granula.app.service.ImageOutcome;
import io.granula.app.service.ResultsReportService;
import io.granula.app.service.ServiceException;
import io.granula.core.calib.Calibration;
import io.granula.reports.settings.ReportSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code granula analyze IMAGES... --out DIR}: the full pipeline per image (design notes), each
 * image's results in {@code DIR/<stem>/}, one row per image in {@code DIR/summary.csv}. A bad
 * image is named on stderr and skipped; the others are still analysed (exit 1).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Segments and measures every particle in each image; writes labels, particles.csv, overlay, calibration and summary.csv.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IMAGES", description = "Image files or folders of images (sub-folders are samples).")
    List<Path> images;

    @Mixin
    AnalysisOptionsMixin analysis = new AnalysisOptionsMixin();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Results folder.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE.pdf", description = "Also write the PDF report.")
    Path report;

    @Option(names = "--report-settings", paramLabel = "FILE.json", description = "Choices for --report (see 'granula report --help').")
    Path reportSettings;

    @Option(names = "--sample", paramLabel = "NAME=GLOB", description = "For --report: a named sample of the images whose names match GLOB (repeatable; default: one sample per input folder).")
    List<String> samples = new ArrayList<>();

    @Option(names = "--overwrite", description = "Replace the results of an earlier analysis in --out (without it such "
            + "a folder is refused, so that one folder never mixes two runs).")
    boolean overwrite;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        // Report choices are checked before hours of analysis, not after.
        ReportSettings settings = report == null ? null
                : ReportCommand.settings(reportSettings, samples, null, null, null);
        AnalysisOptions options = analysis.toOptions();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
        BatchResult result;
        try (AnalysisService service = AnalysisService.open(options, note -> {
            err.println("granula: " + note);
            err.flush();
        })) {
            result = service.analyseBatch(new BatchRequest(images, out, overwrite), progress, o -> print(o, stdout, err));
        }
        if (result.cancelled()) {
            err.println("granula: cancelled");
        }
        int code = result.allOk() ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
        if (report == null) {
            return code;
        }
        if (result.summary().isEmpty()) {
            err.println("granula: no report: no image was analysed");
            return code;
        }
        // The report is made from the results folder just written, as 'granula report' makes it.
        try {
            int reportCode = ReportRun.run(new ResultsReportService.Request(out, settings,
                    analysis.excludeEdge() ? Boolean.TRUE : null, report), progress, stdout, err);
            return Math.max(code, reportCode);
        } catch (ServiceException e) {
            if (code == GranulaCommand.OK) {
                throw e;
            }
            // Images failed and nothing was left to report on: the failures were already named.
            err.println("granula: no report: " + e.getMessage());
            return code;
        }
    }

    private static void print(ImageOutcome o, PrintWriter out, PrintWriter err) {
        if (o.problem().isPresent()) {
            err.println("granula: " + o.problem().get());
            err.flush();
            return;
        }
        Calibration c = o.calibration();
        String calibration = c.isCalibrated()
                ? String.format(Locale.ROOT, "%.4g nm/px (%s)", c.nmPerPixel(), c.source().name().toLowerCase(Locale.ROOT))
                : "uncalibrated (pixels)";
        out.printf(Locale.ROOT, "%s: %d particles (%d kept), %s, %.1f s%n", o.image(), o.particles(), o.kept(),
                calibration, o.seconds());
        out.flush();
    }
}
