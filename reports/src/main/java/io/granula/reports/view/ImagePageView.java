package io.granula.reports.view;

import io.granula.reports.layout.Table;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * One image's page: the overlay of the particles kept, the scale-bar crop, the statistics.
 *
 * @param facts        sample, size, calibration, particles kept of found
 * @param overlay        micrograph with the kept particles outlined, empty when the image is not available
 * @param overlayCaption what the overlay shows
 * @param scaleBarCrop the region of the detected scale bar, empty when none was detected
 * @param scaleBarNote what was read from the bar ("200 nm = 27.2 px")
 */
public record ImagePageView(String name, List<KeyValue> facts, Optional<OverlayView> overlay, String overlayCaption,
                            Optional<BufferedImage> scaleBarCrop, String scaleBarNote, Table statistics) {
    public ImagePageView {
        facts = List.copyOf(facts);
    }
}
