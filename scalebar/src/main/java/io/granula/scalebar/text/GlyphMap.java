package io.granula.scalebar.text;

import java.util.List;

/**
 * Ink components found around a bar: a label array over the search window ({@code labels[(y - y0) *
 * width + (x - x0)]} is a glyph id or 0), which pixels are strong ink (the glyph's core, without
 * the faint fringe that holds it together), and the glyphs. {@code ink} and {@code paper} are the
 * intensities of text and background the ink test used.
 */
public record GlyphMap(int x0, int y0, int width, int height, int[] labels, boolean[] strong, List<Glyph> glyphs,
                       float ink, float paper) {

    /** Glyph id at image pixel (x, y), 0 outside the window or off ink. */
    public int idAt(int x, int y) {
        int dx = x - x0;
        int dy = y - y0;
        if (dx < 0 || dy < 0 || dx >= width || dy >= height) {
            return 0;
        }
        return labels[dy * width + dx];
    }

    /** True when (x, y) is ink of {@code glyph}. */
    public boolean isInk(int x, int y, Glyph glyph) {
        return glyph.owns(idAt(x, y));
    }

    /** True when (x, y) is strong ink of {@code glyph}: what shape tests (stems, arches) look at. */
    public boolean isCore(int x, int y, Glyph glyph) {
        return glyph.owns(idAt(x, y)) && strong[(y - y0) * width + (x - x0)];
    }
}
