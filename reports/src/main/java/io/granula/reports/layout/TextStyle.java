package io.granula.reports.layout;

import java.awt.Color;

/** Font, size in points, and colour of a run of text. */
public record TextStyle(PdfFont font, float size, Color color) {
    public TextStyle withSize(float newSize) {
        return new TextStyle(font, newSize, color);
    }

    public TextStyle withColor(Color newColor) {
        return new TextStyle(font, size, newColor);
    }

    public float width(String text) {
        return font.width(font.printable(text), size);
    }

    /** Baseline-to-baseline distance: 1.25 em, the usual leading for sans-serif body text. */
    public float lineHeight() {
        return size * 1.25f;
    }
}
