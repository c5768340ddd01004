package io.granula.core.image;

import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * PNG (8/16-bit grey, RGB, palette), JPEG, BMP and GIF through the JDK's javax.imageio plugins.
 * The declared size is read from the header and checked before the pixels are decoded; resolution
 * and text chunks become {@link ImageMetadata} (see {@link StandardMetadata}).
 */
public final class StandardImageReader implements ImageReader {
    private static final Set<FileSignature> FORMATS = Set.of(FileSignature.PNG, FileSignature.JPEG,
            FileSignature.BMP, FileSignature.GIF);

    @Override
    public boolean canRead(Path path) {
        try {
            return FORMATS.contains(FileSignature.of(path));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ImageDocument read(Path path) throws ImageReadException {
        FileSignature format;
        try {
            format = FileSignature.of(path);
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot read: " + e.getMessage(), e);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ImageReadException(path, "not an image Granula can read");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                checkSize(path, reader);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage img = reader.read(0);
                refuseTruncation(path, format, warnings);
                return new ImageDocument(path, List.of(BufferedImages.toImage2D(img, true)),
                        StandardMetadata.from(reader.getImageMetadata(0), format.name()));
            } finally {
                reader.dispose();
            }
        } catch (ImageReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // javax.imageio reports truncated and corrupt streams as IIOException, EOFException or runtime exceptions
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ImageReadException(path, "corrupt or truncated " + format.name() + " file: " + why, e);
        }
    }

    /**
     * The JPEG decoder pads a cut-off file with grey and only warns ("Premature end of JPEG file"):
     * a silently half-grey micrograph would skew every measurement, so that warning is an error.
     */
    private static void refuseTruncation(Path path, FileSignature format, List<String> warnings) throws ImageReadException {
        for (String w : warnings) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("truncat")) {
                throw new ImageReadException(path, "truncated " + format.name() + " file: " + w);
            }
        }
    }

    private static void checkSize(Path path, javax.imageio.ImageReader reader) throws IOException {
        long w = reader.getWidth(0), h = reader.getHeight(0);
        if (w <= 0 || h <= 0) {
            throw new ImageReadException(path, "corrupt header: image size " + w + "x" + h);
        }
        ImageTypeSpecifier type = reader.getRawImageType(0);
        int bands = type == null ? 4 : type.getNumBands();
        int bytesPerSample = type == null ? 2 : (type.getSampleModel().getSampleSize(0) + 7) / 8;
        if (w * h > Integer.MAX_VALUE - 8) {
            throw new ImageReadException(path, "declares " + w + "x" + h + " pixels, more than the 2^31 one image can hold");
        }
        long need = w * h * bands * (bytesPerSample + 4L);
        long free = MemoryBudget.availableBytes();
        if (need > free) {
            throw new ImageReadException(path, "a " + w + "x" + h + " image needs about " + (need >> 20)
                    + " MiB but only " + (free >> 20) + " MiB of Java heap is free (raise -Xmx)");
        }
    }
}
