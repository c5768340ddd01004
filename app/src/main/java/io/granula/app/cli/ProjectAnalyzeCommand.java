package io.granula.app.cli;

import io.granula.app.project.ProjectStore;
import io.granula.app.service.AnalysisOptions;
import io.granula.app.service.AnalysisService;
import io.granula.app.service.ProjectAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code granula project analyze P.granula [analyze's options]}: analyses the images not yet analysed with
 * these settings, storing each as it is done (resumable: run it again after an interruption).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses the project's images that are not yet analysed with these settings.")
public final class ProjectAnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.granula")
    Path project;

    @Option(names = "--model", paramLabel = "PATH", description = "TorchScript flow model (default: the bundled model).")
    Path model;

    @Option(names = "--diameter", paramLabel = "PX", description = "Mean particle diameter in pixels (default: estimated).")
    Double diameter;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|gpu")
    String device;

    @Option(names = "--scale", paramLabel = "\"5 nm/px\"", description = "Pixel size for every image; overrides metadata, scale bars and sizes typed in the project.")
    String scale;

    @Option(names = "--exclude-edge", description = "Leave particles touching the border out of statistics.")
    boolean excludeEdge;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Option(names = "--flow-threshold", defaultValue = "0.4")
    double flowThreshold;

    @Option(names = "--cellprob-threshold", defaultValue = "0.0")
    double cellprobThreshold;

    @Option(names = "--min-size", defaultValue = "15")
    int minSize;

    @Option(names = "--augment")
    boolean augment;

    @Option(names = "--reanalyse-changed", description = "Analyse images whose file changed since they were added (default: keep their old results).")
    boolean reanalyseChanged;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        AnalysisOptions options = new AnalysisOptions(model == null ? AnalysisOptions.defaultModel() : model,
                diameter == null ? Double.NaN : diameter, device, scale, excludeEdge,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                flowThreshold, cellprobThreshold, minSize, augment);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectStore store = ProjectCommands.openForWriting(project);
             AnalysisService service = AnalysisService.open(options, note -> err.println("granula: " + note))) {
            ProjectAnalysis.Outcome o = new ProjectAnalysis(store, service, options)
                    .run(reanalyseChanged, new ConsoleProgress(System.err, quiet), line -> {
                        out.println(line);
                        out.flush();
                    });
            out.printf("%d analysed, %d already done, %d failed%n", o.analysed(), o.skipped(), o.failed());
            return o.failed() == 0 ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
        }
    }
}
