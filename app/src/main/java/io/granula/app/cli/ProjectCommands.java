package io.granula.app.cli;

import io.granula.app.project.ProjectException;
import io.granula.app.project.ProjectStore;

import java.nio.file.Path;

/** Opening a project the way every {@code project} subcommand needs it. */
final class ProjectCommands {
    private ProjectCommands() {
    }

    /** Opens for writing, or fails with the read-only reason (another program has it, read-only file). */
    static ProjectStore openForWriting(Path project) {
        ProjectStore store = ProjectStore.open(project);
        if (store.isReadOnly()) {
            String why = store.readOnlyReason().orElse(project + " is read-only");
            store.close();
            throw new ProjectException(why.replace(": opened read-only", "") + ": cannot change it now");
        }
        return store;
    }
}
