package io.granula.core.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model file or its sidecar that cannot be used; the message names the file and the problem. */
public class ModelLoadException extends IOException {
    private final Path path;

    public ModelLoadException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public ModelLoadException(Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
