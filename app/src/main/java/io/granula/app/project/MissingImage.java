package io.granula.app.project;

import java.nio.file.Path;

/** An image whose file is not where the project says, or whose content changed since it was added. */
public record MissingImage(ProjectImage image, Path expected, Problem problem) {
    public enum Problem { MISSING, CHANGED }

    /** One line for the user. */
    public String describe() {
        return switch (problem) {
            case MISSING -> image.name() + ": file missing (expected at " + expected + ")";
            case CHANGED -> image.name() + ": " + expected + " changed on disk since it was added (content hash differs)";
        };
    }
}
