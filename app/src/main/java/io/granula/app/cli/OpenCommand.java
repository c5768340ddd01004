package io.granula.app.cli;

import io.granula.app.gui.WorkbenchLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code granula open P.granula}: the workbench with a project open; returns when the window closes. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Opens a project in the workbench window.")
public final class OpenCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "P.granula", description = "The project file.")
    Path project;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(project)) {
            throw new UserError(project + ": no such project file", GranulaCommand.SOME_FAILED);
        }
        return WorkbenchLauncher.open(project.toAbsolutePath());
    }
}
