package io.granula.core.image;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as an image; the message names the file and the problem. */
public class ImageReadException extends IOException {
    private final Path path;

    public ImageReadException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public ImageReadException(Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
