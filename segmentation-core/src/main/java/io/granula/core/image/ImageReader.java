package io.granula.core.image;

import java.nio.file.Path;

/** Reads micrographs from disk. Implementations refuse bad files with {@link ImageReadException}. */
public interface ImageReader {
    /** True when this reader understands the file (by signature, not only by extension). */
    boolean canRead(Path path);

    ImageDocument read(Path path) throws ImageReadException;
}
