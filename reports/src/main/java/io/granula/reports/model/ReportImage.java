package io.granula.reports.model;

import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleTable;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One analysed image as the report needs it. The particle table carries the calibration and
 * units; the micrograph and labels, when present, let the report draw the overlay of exactly the
 * particles its filters keep; otherwise a saved overlay (from {@code analyze}) is shown as it is.
 *
 * @param name         the image's name in results and report (file stem)
 * @param source       the micrograph file it came from, when known
 * @param particles    every particle measured (the report applies its own filters)
 * @param micrograph   pixels of the micrograph
 * @param labels       the label image the particles were measured from
 * @param savedOverlay a ready overlay, used only when micrograph or labels are absent
 * @param scaleBar     the detected scale bar, when calibration came from one
 */
public record ReportImage(String name, Optional<Path> source, ParticleTable particles, Optional<Image2D> micrograph,
                          Optional<LabelImage> labels, Optional<BufferedImage> savedOverlay,
                          Optional<ScaleBarMark> scaleBar) {
    public ReportImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(particles, "particles");
    }

    /** An image with everything in memory, as {@code analyze} has it right after processing. */
    public static ReportImage of(String name, Path source, ParticleTable particles, Image2D micrograph, LabelImage labels,
                                 ScaleBarMark scaleBar) {
        return new ReportImage(name, Optional.ofNullable(source), particles, Optional.ofNullable(micrograph),
                Optional.ofNullable(labels), Optional.empty(), Optional.ofNullable(scaleBar));
    }
}
