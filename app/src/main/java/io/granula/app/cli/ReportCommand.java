package io.granula.app.cli;

import io.granula.app.service.ResultsReportService;
import io.granula.reports.ReportException;
import io.granula.reports.layout.PageSize;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.settings.ReportSettingsFile;
import io.granula.reports.settings.SampleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code granula report RESULTS_DIR --out FILE.pdf}: re-makes the PDF report from saved results
 * with other choices (settings file, samples, title, edge particles). Exit 1 when some image
 * folders could not be read (the report holds the others).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Makes the PDF report of a results folder written by 'analyze', with the given choices.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "Results folder written by 'granula analyze --out'.")
    Path results;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--settings", paramLabel = "FILE.json", description = "Report choices (measurements, charts, filters, title, logo, page size...).")
    Path settingsFile;

    @Option(names = "--sample", paramLabel = "NAME=GLOB", description = "A named sample of the images whose names match GLOB (repeatable; default: one sample per input folder).")
    List<String> samples = new ArrayList<>();

    @Option(names = "--title", description = "Report title.")
    String title;

    @Option(names = "--operator", description = "Operator printed on the title page.")
    String operator;

    @Option(names = "--page-size", paramLabel = "A4|letter", description = "Paper size.")
    String pageSize;

    @Option(names = "--exclude-edge", description = "Leave out particles touching the image border.")
    boolean excludeEdge;

    @Option(names = "--include-edge", description = "Keep particles touching the border even if the analysis left them out.")
    boolean includeEdge;

    @Option(names = "--save-settings", paramLabel = "FILE.json", description = "Also write the settings used, to edit and pass back with --settings.")
    Path saveSettings;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        if (excludeEdge && includeEdge) {
            throw new UserError("--exclude-edge and --include-edge contradict each other");
        }
        ReportSettings settings = settings(settingsFile, samples, title, operator, pageSize);
        if (saveSettings != null) {
            try {
                ReportSettingsFile.write(saveSettings, settings);
            } catch (ReportException e) {
                throw new UserError(e.getMessage());
            }
        }
        Boolean edge = excludeEdge ? Boolean.TRUE : includeEdge ? Boolean.FALSE : null;
        return ReportRun.run(new ResultsReportService.Request(results, settings, edge, out),
                new ConsoleProgress(System.err, quiet), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The settings file (or the defaults) with the command line's choices over it; shared with {@code analyze --report}. */
    static ReportSettings settings(Path file, List<String> samples, String title, String operator, String pageSize) {
        ReportSettings settings;
        try {
            settings = file == null ? ReportSettings.defaults() : ReportSettingsFile.read(file);
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
        ReportSettings.Builder b = settings.toBuilder();
        if (!samples.isEmpty()) {
            List<SampleSpec> specs = new ArrayList<>();
            for (String s : samples) {
                try {
                    specs.add(SampleSpec.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new UserError("--sample: " + e.getMessage());
                }
            }
            b.samples(specs);
        }
        if (title != null) {
            b.title(title);
        }
        if (operator != null) {
            b.operator(operator);
        }
        if (pageSize != null) {
            try {
                b.pageSize(PageSize.valueOf(pageSize.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserError("--page-size must be A4 or letter, got '" + pageSize + "'");
            }
        }
        return b.build();
    }
}
