package io.granula.scalebar.metadata;

import io.granula.core.image.ImageMetadata;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What calibration readers look at: the file's metadata, its path (for side-car .txt files) and the
 * image width (side-cars describe the instrument's full frame, which exports may have resampled).
 */
public record MetadataContext(ImageMetadata metadata, Optional<Path> file, int imageWidth) {
}
