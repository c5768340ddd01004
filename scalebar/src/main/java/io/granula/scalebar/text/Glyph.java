package io.granula.scalebar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One character of label ink, bounds inclusive in image coordinates. Usually one connected
 * component; a character that came apart (thin strokes, a faint join) holds several, and
 * {@code parts} lists their labels in the {@link GlyphMap}.
 */
public record Glyph(int id, int x0, int y0, int x1, int y1, int area, List<Integer> parts) {
    public Glyph {
        parts = List.copyOf(parts);
    }

    public Glyph(int id, int x0, int y0, int x1, int y1, int area) {
        this(id, x0, y0, x1, y1, area, List.of(id));
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

    /** True when image x (pixel-edge coordinate) {@code x} lies within the glyph's columns. */
    public boolean spans(double x) {
        return x >= x0 && x <= x1 + 1;
    }

    /** True when the map label {@code label} is part of this glyph. */
    public boolean owns(int label) {
        return label != 0 && parts.contains(label);
    }

    Glyph union(Glyph o) {
        List<Integer> all = new ArrayList<>(parts);
        all.addAll(o.parts);
        return new Glyph(id, Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1),
                area + o.area, all);
    }
}
