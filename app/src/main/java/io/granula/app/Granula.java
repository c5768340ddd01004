package io.granula.app;

import io.granula.app.cli.GranulaCommand;
import io.granula.app.gui.WorkbenchLauncher;

/**
 * Entry point of the launcher. With no arguments it opens the workbench; otherwise it runs one
 * command of the command-line contract (design notes). Exit codes: 0 success, 1 some inputs
 * failed, 2 bad usage.
 */
public final class Granula {
    private Granula() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(WorkbenchLauncher.launch());
        }
        System.exit(run(args));
    }

    /** Runs one command and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        try {
            return GranulaCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to its handler; an Error ends here, and says what to do.
            System.err.println("granula: " + GranulaCommand.memoryAdvice());
            return GranulaCommand.SOME_FAILED;
        }
    }
}
