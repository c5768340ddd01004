package io.granula.reports.view;

import io.granula.reports.image.EncodedImage;

import java.util.Optional;

/**
 * An image page's picture, already coded, in two layers of the same aspect: the micrograph (grey
 * JPEG, or a saved RGB overlay) and, when drawn by the report, the particle outlines as a
 * transparent lossless layer over it, so one-pixel outlines stay sharp whatever the
 * micrograph's compression.
 */
public record OverlayView(EncodedImage base, Optional<EncodedImage> outlines) {
    public int width() {
        return base.width();
    }

    public int height() {
        return base.height();
    }
}
