package io.granula.scalebar.synth;

import io.granula.core.image.Image2D;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * One generated micrograph with its truth.
 *
 * @param rendered   the same pixels as drawn (for saving a failing case to look at)
 * @param truth      the scale bar, or empty for an image that has none
 * @param nmPerPixel the calibration the bar encodes (NaN without a bar)
 */
public record SyntheticScaleBarImage(Image2D image, BufferedImage rendered, InstrumentStyle style,
                                     Optional<ScaleBarTruth> truth, double nmPerPixel) {
}
