package io.granula.app.cli;

import io.granula.app.service.ServiceException;
import io.granula.core.image.MemoryBudget;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Locale;

/** The root command: one subcommand per line of the command-line contract. */
@Command(name = "granula", mixinStandardHelpOptions = true, version = "Granula 0.1.0",
        description = "Particle segmentation and statistics for electron and optical micrographs.",
        subcommands = {AnalyzeCommand.class, MasksCommand.class, ScalebarCommand.class, MeasureCommand.class,
                EvaluateCommand.class, SynthCommand.class, TrainCommand.class, ReportCommand.class,
                OpenCommand.class, DemoCommand.class, ProjectCommand.class})
public final class GranulaCommand implements Runnable {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    /**
     * What to do when Java runs out of memory outside an image's analysis (which names its own need): the
     * launcher passes GRANULA_JAVA_OPTS to Java, and twice this run's heap is the advice.
     */
    public static String memoryAdvice() {
        long max = Runtime.getRuntime().maxMemory();
        String more = MemoryBudget.heapAdvice(0, 0, max);
        return String.format(Locale.ROOT, "not enough memory (this run had %.1f GB of Java heap); give Java more with "
                + "GRANULA_JAVA_OPTS (for example GRANULA_JAVA_OPTS=%s ./granula ...)", max / 1e9, more);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GranulaCommand());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("granula: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError) {
                commandLine.getErr().println("granula: " + ex.getMessage());
                return ((UserError) ex).exitCode();
            }
            if (ex instanceof io.granula.app.project.ProjectException) {
                commandLine.getErr().println("granula: " + ex.getMessage());
                return SOME_FAILED;
            }
            if (ex instanceof ServiceException se) {
                commandLine.getErr().println("granula: " + se.getMessage());
                return exitCode(se);
            }
            throw ex;
        });
        return cl;
    }

    /** A service's bad request is a usage error (2); work that failed is exit 1. */
    static int exitCode(ServiceException e) {
        return e.kind() == ServiceException.Kind.BAD_REQUEST ? USAGE : SOME_FAILED;
    }
}
