package io.granula.scalebar.text;

import io.granula.core.image.Percentiles;
import io.granula.scalebar.bar.GrayPlane;

/**
 * How strongly each glyph of a field is inked: the median, over its core pixels, of how far a pixel
 * lies from the paper towards the ink ({@code (v - paper) / (ink - paper)}, 1 at the ink level the
 * glyphs were found with). A label is printed in one colour, so its characters agree on this; a blob
 * of specimen that joined the field (a particle darker than a grey label, a light speck) is inked
 * otherwise, which lets {@link ReadingCoverage} tell it from a character OCR skipped.
 */
record InkStrengths(double[] byGlyph) {
    /** No measure: every glyph is taken to be in the label's ink. */
    static final InkStrengths NONE = new InkStrengths(new double[0]);

    static InkStrengths measure(GrayPlane g, GlyphMap map, TextBlock block) {
        double span = map.ink() - map.paper();
        double[] s = new double[block.glyphs().size()];
        if (Math.abs(span) < 1e-6) {
            return NONE;
        }
        for (int i = 0; i < s.length; i++) {
            Glyph glyph = block.glyphs().get(i);
            float[] v = new float[glyph.width() * glyph.height()];
            int n = 0;
            for (int y = glyph.y0(); y <= glyph.y1(); y++) {
                for (int x = glyph.x0(); x <= glyph.x1(); x++) {
                    if (map.isCore(x, y, glyph)) {
                        v[n++] = g.at(x, y);
                    }
                }
            }
            if (n == 0) {
                s[i] = Double.NaN;
                continue;
            }
            s[i] = (Percentiles.select(v, n, n / 2) - map.paper()) / span;
        }
        return new InkStrengths(s);
    }

    /** The glyph's strength, NaN when unmeasured. */
    double of(int glyph) {
        return glyph < byGlyph.length ? byGlyph[glyph] : Double.NaN;
    }
}
