package io.granula.core.annotate;

import io.granula.core.image.Image2D;

import java.util.List;

/**
 * Finds an image's annotation areas (data strip, scale bar, labels, printed text). The core knows
 * the generic detector ({@link EdgeStripDetector}); the scale-bar
 * module adds the bar and its label it has read.
 */
public interface AnnotationFinder {
    List<AnnotationArea> find(Image2D image);

    /** Finds nothing: every pixel is specimen. */
    AnnotationFinder NONE = image -> List.of();
}
