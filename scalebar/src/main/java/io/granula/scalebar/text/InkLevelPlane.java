package io.granula.scalebar.text;

import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.GrayPlane;

/**
 * A plane where ink is "close to one grey level": 1 at the level, falling linearly to 0 at twice
 * the tolerance away from it, on either side. A label printed in a flat grey close to the
 * specimen's (a TEM bar's grey label on a grey specimen) is lost by every threshold between ink
 * and paper, because texture both lighter and darker than it crosses the threshold; selecting the
 * level itself keeps the letters and drops texture on both sides of them (a band-pass on
 * intensity, the "grey-level slicing" of Gonzalez and Woods, Digital Image Processing, 3.2.4).
 * Values run 0 (paper) to 1 (ink), so the glyph finder's fractions apply unchanged.
 */
public final class InkLevelPlane {
    private InkLevelPlane() {
    }

    /** The slice of {@code g} around {@code level}, pixels within {@code tolerance} of it at half ink or more. */
    public static GrayPlane slice(GrayPlane g, float level, float tolerance) {
        GlyphFinder.Window all = new GlyphFinder.Window(0, 0, g.width() - 1, g.height() - 1);
        return slice(g, level, tolerance, all, new float[g.pixels().length]);
    }

    /**
     * The slice where {@code bar}'s label is searched and read, paper elsewhere: the glyph finder's
     * window, widened by the most the label's crop reaches past a field inside it (a quarter of the
     * field's text height and 2 px, {@link LabelImagePreparer}; a field is no taller than the
     * window). A tenth of a 2048 px image instead of all of it, and the same label either way.
     */
    public static GrayPlane sliceNear(GrayPlane g, float level, float tolerance, BarCandidate bar, PlaneBuffers buffers) {
        GlyphFinder.Window w = GlyphFinder.window(g, bar);
        int margin = (w.y1() - w.y0() + 1) / 4 + 3;
        GlyphFinder.Window filled = new GlyphFinder.Window(Math.max(0, w.x0() - margin), Math.max(0, w.y0() - margin),
                Math.min(g.width() - 1, w.x1() + margin), Math.min(g.height() - 1, w.y1() + margin));
        return slice(g, level, tolerance, filled, buffers.take(g.pixels().length, g.width(), filled));
    }

    /** Fills {@code out} (all paper) over {@code filled}. */
    private static GrayPlane slice(GrayPlane g, float level, float tolerance, GlyphFinder.Window filled, float[] out) {
        float[] src = g.pixels();
        float falloff = 2 * Math.max(tolerance, 1e-6f);
        for (int y = filled.y0(); y <= filled.y1(); y++) {
            for (int i = y * g.width() + filled.x0(); i <= y * g.width() + filled.x1(); i++) {
                out[i] = Math.max(0, 1 - Math.abs(src[i] - level) / falloff);
            }
        }
        return new GrayPlane(g.width(), g.height(), out, 0, 1);
    }
}
