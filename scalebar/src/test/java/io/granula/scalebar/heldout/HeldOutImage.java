package io.granula.scalebar.heldout;

import io.granula.core.image.Image2D;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * One held-out micrograph.
 *
 * @param degradation what was done after drawing ("jpeg q72", "down 0.61"), for the failure list
 */
public record HeldOutImage(Image2D image, BufferedImage rendered, HeldOutKind kind, Optional<HeldOutTruth> truth,
                           String degradation) {
}
