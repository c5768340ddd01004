package io.granula.app.project;

import io.granula.core.label.LabelImage;

/** One stored label image of an image: its model output or its current (corrected) masks. */
public record MaskSet(long imageId, MaskKind kind, LabelImage labels) {
}
