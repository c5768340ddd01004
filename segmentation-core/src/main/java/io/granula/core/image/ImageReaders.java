package io.granula.core.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point for opening micrographs: checks the file exists and is readable, picks the
 * reader by the file's signature (not its extension) and refuses anything else with a message
 * naming the file and the problem.
 */
public final class ImageReaders {
    private static final List<ImageReader> READERS = List.of(new TiffImageReader(), new StandardImageReader());

    private ImageReaders() {
    }

    /** The same dispatch as an {@link ImageReader}, for code that takes the interface. */
    public static ImageReader any() {
        return new ImageReader() {
            @Override
            public boolean canRead(Path path) {
                return READERS.stream().anyMatch(r -> r.canRead(path));
            }

            @Override
            public ImageDocument read(Path path) throws ImageReadException {
                return ImageReaders.read(path);
            }
        };
    }

    public static ImageDocument read(Path path) throws ImageReadException {
        checkReadableFile(path);
        FileSignature signature;
        try {
            signature = FileSignature.of(path);
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot read: " + e.getMessage(), e);
        }
        switch (signature) {
            case BIGTIFF -> throw new ImageReadException(path, "BigTIFF (over 4 GB layout) is not supported; save as classic TIFF");
            case NPY -> throw new ImageReadException(path, "a NumPy array, not an image (use it as --flows)");
            default -> {
            }
        }
        for (ImageReader reader : READERS) {
            if (reader.canRead(path)) {
                return reader.read(path);
            }
        }
        throw new ImageReadException(path, "not an image Granula can read (expected TIFF, PNG, JPEG, BMP or GIF)");
    }

    /** Missing, folder, unreadable and empty files get their own messages. */
    public static void checkReadableFile(Path path) throws ImageReadException {
        checkReadableFile(path, "an image file");
    }

    /**
     * As {@link #checkReadableFile(Path)}, naming what was expected ("a .npy file").
     * A FIFO, socket or device is refused before it is opened: reading one would block or
     * report a misleading size of 0.
     */
    public static void checkReadableFile(Path path, String expected) throws ImageReadException {
        if (!Files.exists(path)) {
            throw new ImageReadException(path, "file not found");
        }
        if (Files.isDirectory(path)) {
            throw new ImageReadException(path, "is a folder, not " + expected);
        }
        if (!Files.isRegularFile(path)) {
            throw new ImageReadException(path, "not a regular file (a pipe, socket or device?), not " + expected);
        }
        if (!Files.isReadable(path)) {
            throw new ImageReadException(path, "cannot read the file (permission denied)");
        }
        try {
            if (Files.size(path) == 0) {
                throw new ImageReadException(path, "empty file");
            }
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot read: " + e.getMessage(), e);
        }
    }
}
