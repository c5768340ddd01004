package io.granula.app.cli;

import io.granula.app.project.ProjectStore;
import io.granula.app.service.AnalysisOptions;
import io.granula.app.service.AnalysisService;
import io.granula.app.service.ProjectAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    AnalysisOptionsMixin analysis = new AnalysisOptionsMixin();

    @Option(names = "--reanalyse-changed", description = "Analyse images whose file changed since they were added (default: keep their old results).")
    boolean reanalyseChanged;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        AnalysisOptions options = analysis.toOptions();
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
