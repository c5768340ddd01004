package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;

/**
 * A label read from the image.
 *
 * @param rawText    what OCR returned, before reconciliation with the glyph geometry
 * @param confidence 0..1: lower when OCR needed a second try or disagreed with the geometry
 */
public record LabelReading(ScaleLabel label, String rawText, TextBlock block, double confidence) {
}
