package io.granula.scalebar.text;

/**
 * One connected piece of label ink (a character, or part of one), bounds inclusive in image
 * coordinates; {@code id} is its value in the {@link GlyphMap}'s label array.
 */
public record Glyph(int id, int x0, int y0, int x1, int y1, int area) {
    public int width() {
        return x1 - x0 + 1;
    }

    public int height() {
        return y1 - y0 + 1;
    }

    public double centreX() {
        return (x0 + x1 + 1) / 2.0;
    }

    Glyph union(Glyph o) {
        return new Glyph(id, Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1), area + o.area);
    }
}
