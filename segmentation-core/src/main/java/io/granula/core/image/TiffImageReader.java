package io.granula.core.image;

import io.granula.core.image.tiff.TiffDirectory;
import io.granula.core.image.tiff.TiffFile;
import io.granula.core.image.tiff.TiffPageCheck;
import io.granula.core.image.tiff.TiffPixelDecoder;
import io.granula.core.image.tiff.TiffTagReader;
import io.granula.core.image.tiff.TiffTags;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TIFF micrographs: every full-resolution page (reduced-resolution thumbnails are skipped), 8/16/32
 * bit integer and 32-bit float samples, grey, RGB or palette; metadata with every tag of the
 * first page. Geometry and data extents are checked before decoding (see {@link TiffPageCheck}).
 */
public final class TiffImageReader implements ImageReader {
    @Override
    public boolean canRead(Path path) {
        try {
            return FileSignature.of(path) == FileSignature.TIFF;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ImageDocument read(Path path) throws ImageReadException {
        TiffFile file = TiffTagReader.read(path);
        List<Integer> pages = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < file.directories().size(); i++) {
            if (i == 0 || !file.directories().get(i).isReducedResolution()) {
                bytes += TiffPageCheck.check(file, i);
                pages.add(i);
            }
        }
        long free = MemoryBudget.availableBytes();
        if (bytes > free) {
            throw new ImageReadException(path, pages.size() + " page(s) need about " + (bytes >> 20)
                    + " MiB but only " + (free >> 20) + " MiB of Java heap is free (raise -Xmx)");
        }
        List<Image2D> images = new ArrayList<>(pages.size());
        try (TiffPixelDecoder decoder = TiffPixelDecoder.open(path)) {
            for (int i : pages) {
                boolean unsigned = file.directories().get(i).sampleFormat() != TiffTags.SAMPLE_INT;
                images.add(BufferedImages.toImage2D(decoder.read(i), unsigned));
            }
        }
        return new ImageDocument(path, images, metadata(file.directories().get(0)));
    }

    static ImageMetadata metadata(TiffDirectory first) {
        long unit = first.first(TiffTags.RESOLUTION_UNIT, 2); // TIFF 6.0 default: inch
        String unitName = unit == 2 ? "inch" : unit == 3 ? "cm" : "";
        double xRes = first.firstDouble(TiffTags.X_RESOLUTION);
        double yRes = first.firstDouble(TiffTags.Y_RESOLUTION);
        Optional<String> description = first.string(TiffTags.IMAGE_DESCRIPTION);
        return new ImageMetadata("TIFF", first.tags(), description, xRes, yRes,
                Double.isNaN(xRes) && Double.isNaN(yRes) ? "" : unitName);
    }
}
