package io.granula.scalebar.text;

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
        float[] src = g.pixels();
        float[] out = new float[src.length];
        float falloff = 2 * Math.max(tolerance, 1e-6f);
        for (int i = 0; i < src.length; i++) {
            out[i] = Math.max(0, 1 - Math.abs(src[i] - level) / falloff);
        }
        return new GrayPlane(g.width(), g.height(), out, 0, 1);
    }
}
