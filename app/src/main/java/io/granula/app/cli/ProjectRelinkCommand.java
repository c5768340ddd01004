package io.granula.app.cli;

import io.granula.app.project.ImageLinks;
import io.granula.app.project.MissingImage;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code granula project relink P.granula [--search DIR]...}: finds moved images by content. */
@Command(name = "relink", mixinStandardHelpOptions = true,
        description = "Finds moved images by their content under the project's folder and --search folders.")
public final class ProjectRelinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.granula")
    Path project;

    @Option(names = "--search", paramLabel = "DIR", description = "Also look under this folder (repeatable).")
    List<Path> search = new ArrayList<>();

    @Override
    public Integer call() {
        try (ProjectStore store = ProjectCommands.openForWriting(project)) {
            ImageLinks.Relinked r = ImageLinks.relink(store, search);
            for (ProjectImage img : r.found()) {
                spec.commandLine().getOut().println(img.name() + ": found at " + store.resolve(img));
            }
            for (MissingImage m : r.stillMissing()) {
                spec.commandLine().getErr().println("granula: " + m.describe());
            }
            return r.stillMissing().isEmpty() ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
        }
    }
}
