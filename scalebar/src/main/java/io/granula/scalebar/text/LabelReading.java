package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;

/**
 * A label read from the image.
 *
 * @param rawText    what OCR returned, before reconciliation with the glyph geometry
 * @param confidence 0..1: lower when OCR needed a second try or disagreed with the geometry
 * @param unitFromShape the unit's first letter was told by the glyph's shape (a µ's descender, an
 *                   m's three stems), not by OCR alone: a unit that is not worth second-guessing
 */
public record LabelReading(ScaleLabel label, String rawText, TextBlock block, double confidence, boolean unitFromShape) {
    /** A reading whose unit OCR alone gave. */
    public LabelReading(ScaleLabel label, String rawText, TextBlock block, double confidence) {
        this(label, rawText, block, confidence, false);
    }
}
