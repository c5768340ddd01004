package io.granula.scalebar.text;

import java.util.List;

/**
 * Glyphs on one text line close enough to be one field ("200 nm", "WD 7.8mm"), left to right.
 *
 * @param baseline   median bottom row of its full-size glyphs
 * @param textHeight baseline minus the highest top, + 1: about the cap height
 */
public record TextBlock(List<Glyph> glyphs, int x0, int y0, int x1, int y1, int baseline, int textHeight) {
    public TextBlock {
        glyphs = List.copyOf(glyphs);
    }

    public int width() {
        return x1 - x0 + 1;
    }

    public int height() {
        return y1 - y0 + 1;
    }

    public double centreX() {
        return (x0 + x1 + 1) / 2.0;
    }
}
