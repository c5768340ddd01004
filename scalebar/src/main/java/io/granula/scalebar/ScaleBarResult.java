package io.granula.scalebar;

import io.granula.core.calib.Calibration;
import io.granula.scalebar.bar.MeasuredBar;
import io.granula.scalebar.text.TextBlock;

import java.util.List;
import java.util.Optional;

/**
 * Everything learnt about an image's scale.
 *
 * @param found       a scale bar was found: a bar with its label read, or (without OCR, or when no
 *                    label could be read) a bar with a label-like field beside it
 * @param bar         the measured bar, when found
 * @param label       what its label says; empty when not found, when OCR is unavailable, or when the
 *                    label could not be read (a warning then says so)
 * @param labelField  where the label is in the image (also without OCR)
 * @param rawText     OCR output for the label, "" when none
 * @param calibration the calibration to use: the file's metadata first, else the scale bar, else none
 * @param fromMetadata the file's own calibration, when it carries one
 * @param fromBar     label value / bar length, when both are known
 * @param confidence  0..1 in {@code calibration}: 1 for metadata that the bar (if any) agrees with; for a
 *                    scale-bar reading, its own confidence (OCR agreement, bar quality, plausibility),
 *                    also when it is below {@link ScaleBarReader#CONFIDENCE_THRESHOLD} and so not used
 * @param warnings    disagreements and limitations worth telling the user (metadata vs bar, no OCR)
 * @param plausibility the label's value and unit against the bar, the image, the metadata and the
 *                    series ({@link ScalePlausibility.Verdict#UNCHECKED} when no label was read)
 */
public record ScaleBarResult(boolean found, Optional<MeasuredBar> bar, Optional<ScaleLabel> label,
                             Optional<TextBlock> labelField, String rawText, Calibration calibration,
                             Optional<Calibration> fromMetadata, Optional<Calibration> fromBar,
                             double confidence, List<String> warnings, ScalePlausibility.Verdict plausibility) {
    public ScaleBarResult {
        warnings = List.copyOf(warnings);
    }

    /** The earlier form, without a plausibility verdict (unchecked). */
    public ScaleBarResult(boolean found, Optional<MeasuredBar> bar, Optional<ScaleLabel> label,
                          Optional<TextBlock> labelField, String rawText, Calibration calibration,
                          Optional<Calibration> fromMetadata, Optional<Calibration> fromBar,
                          double confidence, List<String> warnings) {
        this(found, bar, label, labelField, rawText, calibration, fromMetadata, fromBar, confidence, warnings,
                ScalePlausibility.Verdict.UNCHECKED);
    }

    /**
     * A label was read but its reading is below {@link ScaleBarReader#CONFIDENCE_THRESHOLD} (or
     * implausible) and not in use: the workbench asks the user to confirm it.
     */
    public boolean needsConfirmation() {
        return label.isPresent() && fromMetadata.isEmpty()
                && (confidence < ScaleBarReader.CONFIDENCE_THRESHOLD || !plausibility.plausible());
    }

    public double barLengthPx() {
        return bar.map(MeasuredBar::length).orElse(Double.NaN);
    }
}
