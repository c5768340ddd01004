package io.granula.scalebar.printed;

import java.util.List;

/** Glyphs of one polarity on one line, close enough to be one word or label ("(f)", "b)", "Pt 5 nm"). Bounds inclusive. */
record InkWord(List<InkGlyph> glyphs, boolean light, int x0, int y0, int x1, int y1) {
    InkWord {
        glyphs = List.copyOf(glyphs);
    }

    int width() {
        return x1 - x0 + 1;
    }

    int height() {
        return y1 - y0 + 1;
    }

    static InkWord of(List<InkGlyph> glyphs) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (InkGlyph g : glyphs) {
            x0 = Math.min(x0, g.x0());
            y0 = Math.min(y0, g.y0());
            x1 = Math.max(x1, g.x1());
            y1 = Math.max(y1, g.y1());
        }
        return new InkWord(glyphs, glyphs.get(0).light(), x0, y0, x1, y1);
    }
}
