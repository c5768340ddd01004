package io.granula.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code granula project ...}: a study kept in one crash-safe project file (see app/project). */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Create, analyse, inspect, relink and export a project file (NAME.granula).",
        subcommands = {ProjectCreateCommand.class, ProjectAnalyzeCommand.class, ProjectInfoCommand.class,
                ProjectExportCommand.class, ProjectRelinkCommand.class, ProjectTrainCommand.class})
public final class ProjectCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
