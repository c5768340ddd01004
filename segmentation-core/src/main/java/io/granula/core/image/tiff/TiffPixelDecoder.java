package io.granula.core.image.tiff;

import io.granula.core.image.ImageReadException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Decodes TIFF pixels with the JDK's TIFF plugin (javax.imageio, since Java 9: uncompressed,
 * LZW, Deflate, PackBits, JPEG, CCITT; 8/16/32-bit integer and 32-bit float samples, strips and
 * tiles). Call {@link TiffPageCheck} on a page before decoding it. Metadata is ignored here:
 * {@link TiffTagReader} reads every tag itself, private ones included.
 */
public final class TiffPixelDecoder implements AutoCloseable {
    private final Path path;
    private final ImageInputStream stream;
    private final ImageReader reader;

    private TiffPixelDecoder(Path path, ImageInputStream stream, ImageReader reader) {
        this.path = path;
        this.stream = stream;
        this.reader = reader;
    }

    public static TiffPixelDecoder open(Path path) throws ImageReadException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
        if (!readers.hasNext()) {
            throw new ImageReadException(path, "this Java runtime has no TIFF decoder (javax.imageio, Java 9+)");
        }
        try {
            ImageInputStream in = ImageIO.createImageInputStream(path.toFile());
            if (in == null) {
                throw new ImageReadException(path, "cannot open for reading");
            }
            ImageReader reader = readers.next();
            reader.setInput(in, false, true);
            return new TiffPixelDecoder(path, in, reader);
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot open: " + e.getMessage(), e);
        }
    }

    /** Decodes directory {@code index} (0-based, file order). */
    public BufferedImage read(int index) throws ImageReadException {
        try {
            return reader.read(index);
        } catch (IOException | RuntimeException e) {
            // The plugin reports corrupt streams as IIOException or as runtime exceptions from its decompressors.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ImageReadException(path, "cannot decode TIFF page " + (index + 1) + ": " + why, e);
        }
    }

    @Override
    public void close() {
        reader.dispose();
        try {
            stream.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a read-only stream loses nothing
        }
    }
}
