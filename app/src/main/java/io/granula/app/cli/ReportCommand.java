package io.granula.app.cli;

import io.granula.app.project.ProjectStore;
import io.granula.app.service.ProjectReportService;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code granula report RESULTS_DIR --out FILE.pdf}: re-makes the PDF report from saved results
 * with other choices (settings file, samples, title, edge particles). Exit 1 when some image
 * folders could not be read (the report holds the others). {@code granula report P.granula --out FILE.pdf}:
 * the report of a project's current masks with its samples, filters and report choices (the options
 * given here go over them); exit 1 when some images are not analysed yet.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Makes the PDF report of a results folder written by 'analyze', or of a project"
                + " (its current masks, samples, filters and report choices), with the given choices.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR|P.granula",
            description = "Results folder written by 'granula analyze --out', or a project file.")
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
        if (Files.isRegularFile(results)) {
            return project(edgeChoice());
        }
        ReportSettings settings = settings(settingsFile, samples, title, operator, pageSize);
        save(settings);
        return ReportRun.run(new ResultsReportService.Request(results, settings, edgeChoice(), out),
                new ConsoleProgress(System.err, quiet), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** A project: read through a read-only view, so a workbench that has it open keeps it. */
    private int project(Boolean edge) {
        try (ProjectStore store = ProjectStore.openReadOnly(results)) {
            ReportSettings base = settingsFile != null ? readFile(settingsFile) : ProjectReportService.choices(store);
            ReportSettings settings = overrides(base, samples, title, operator, pageSize);
            if (edge != null) {
                settings = settings.toBuilder().excludeEdge(edge).build();
            }
            save(settings);
            return ReportRun.print(new ProjectReportService().make(new ProjectReportService.Request(store, settings, out),
                    new ConsoleProgress(System.err, quiet)), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    private Boolean edgeChoice() {
        return excludeEdge ? Boolean.TRUE : includeEdge ? Boolean.FALSE : null;
    }

    private void save(ReportSettings settings) {
        if (saveSettings != null) {
            try {
                ReportSettingsFile.write(saveSettings, settings);
            } catch (ReportException e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    /** The settings file (or the defaults) with the command line's choices over it; shared with {@code analyze --report}. */
    static ReportSettings settings(Path file, List<String> samples, String title, String operator, String pageSize) {
        return overrides(file == null ? ReportSettings.defaults() : readFile(file), samples, title, operator, pageSize);
    }

    private static ReportSettings readFile(Path file) {
        try {
            return ReportSettingsFile.read(file);
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static ReportSettings overrides(ReportSettings settings, List<String> samples, String title, String operator,
                                            String pageSize) {
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
