package io.granula.app.gui.session;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleTable;
import io.granula.core.render.DisplayRange;

import java.util.List;
import java.util.Objects;

/**
 * What the workbench shows for one image: the micrograph, its instance masks and their measurements in
 * the calibration's units. {@code labels} and {@code particles} are null for an image that is loaded but
 * not analysed yet. {@code autoRange} is the 0.1-99.9 percentile display range, computed once off the FX
 * thread (a full pass over the pixels); {@code scaleBar} is null when no bar was detected. {@code touched}
 * is where the hand edit that made this result from the previous one changed the masks (null for a result
 * not made by an edit), so the viewer redraws that region alone. {@code leftOut} are the annotation areas
 * (data strip, printed text) the analysis did not measure, hatched by the viewer.
 */
public record ImageResult(Image2D image, LabelImage labels, ParticleTable particles, Calibration calibration,
                          float[] autoRange, ScaleBarMark scaleBar, List<AnnotationMark> leftOut, TouchedRegion touched) {
    public ImageResult(Image2D image, LabelImage labels, ParticleTable particles, Calibration calibration,
                       float[] autoRange, ScaleBarMark scaleBar) {
        this(image, labels, particles, calibration, autoRange, scaleBar, List.of(), null);
    }

    public ImageResult {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(autoRange, "autoRange");
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        if ((labels == null) != (particles == null)) {
            throw new IllegalArgumentException("labels and particles come together");
        }
    }

    /** A result with its display range computed now (call off the FX thread for large images). */
    public static ImageResult of(Image2D image, LabelImage labels, ParticleTable particles, Calibration calibration,
                                 ScaleBarMark scaleBar) {
        return of(image, labels, particles, calibration, scaleBar, List.of());
    }

    /** The same, with the annotation areas the analysis left out. */
    public static ImageResult of(Image2D image, LabelImage labels, ParticleTable particles, Calibration calibration,
                                 ScaleBarMark scaleBar, List<AnnotationMark> leftOut) {
        float[] range = DisplayRange.percentiles(image.toGray().plane(0), 0.1, 99.9);
        return new ImageResult(image, labels, particles, calibration, range, scaleBar, leftOut, null);
    }

    /** This result with new masks and measurements (a hand edit or a new calibration), keeping what else it shows. */
    public ImageResult withParticles(LabelImage newLabels, ParticleTable newParticles, Calibration newCalibration,
                                     TouchedRegion edit) {
        return new ImageResult(image, newLabels, newParticles, newCalibration, autoRange, scaleBar, leftOut, edit);
    }

    public boolean isAnalysed() {
        return particles != null;
    }
}
