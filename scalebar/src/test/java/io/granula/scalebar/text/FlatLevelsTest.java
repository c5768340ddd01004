package io.granula.scalebar.text;

import io.granula.scalebar.bar.GrayPlane;
import io.granula.scalebar.bar.UniformRect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlatLevelsTest {
    private static final int W = 400;
    private static final int H = 200;

    /** A specimen shading from 100 to 200 across, with noise as a micrograph has (sigma 6 grey levels). */
    private static float[] specimen() {
        java.util.Random rnd = new java.util.Random(16);
        float[] px = new float[W * H];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) (100 + 100.0 * (i % W) / W + 6 * rnd.nextGaussian());
        }
        return px;
    }

    /**
     * The specimen with a white bar at y 150 and, above it, "text" strokes at a
     * flat 160: a level in the middle of the texture's own range, which no threshold separates.
     */
    private static GrayPlane specimenWithGreyLabel() {
        float[] px = specimen();
        for (int x = 150; x < 250; x++) {
            for (int y = 150; y < 156; y++) {
                px[y * W + x] = 255;
            }
        }
        for (int k = 0; k < 5; k++) { // five glyph-like strokes of 3 x 20 px, and a cross bar each
            for (int y = 120; y < 140; y++) {
                for (int x = 160 + 18 * k; x < 163 + 18 * k; x++) {
                    px[y * W + x] = 160;
                }
            }
            for (int x = 160 + 18 * k; x < 172 + 18 * k; x++) {
                px[129 * W + x] = 160;
                px[130 * W + x] = 160;
            }
        }
        return new GrayPlane(W, H, px, 0, 255);
    }

    @Test
    void findsTheFlatGreyOfALabelInsideTheTexturesRange() {
        GrayPlane g = specimenWithGreyLabel();
        var levels = FlatLevels.around(g, new UniformRect(150, 249, 150, 155, 255), 255, 30, 2);
        assertThat(levels).isNotEmpty();
        assertThat(levels.get(0)).isCloseTo(160f, within(2f));
    }

    @Test
    void smoothTextureAloneHasNoFlatLevel() {
        GrayPlane g = new GrayPlane(W, H, specimen(), 0, 255);
        assertThat(FlatLevels.around(g, new UniformRect(150, 249, 150, 155, 255), 255, 30, 2)).isEmpty();
    }

    @Test
    void sliceKeepsOnlyPixelsNearTheLevel() {
        GrayPlane g = specimenWithGreyLabel();
        GrayPlane s = InkLevelPlane.slice(g, 160, 10);
        assertThat(s.at(161, 125)).isEqualTo(1f);          // a stroke
        assertThat(s.at(200, 152)).isEqualTo(0f);          // the white bar
        assertThat(s.lo()).isEqualTo(0f);
        assertThat(s.hi()).isEqualTo(1f);
        assertThat(s.at(W - 1, 0)).isEqualTo(0f);          // texture near 200, far from 160
    }

    @Test
    void theSliceNearABarIsTheWholeSliceWhereItsLabelIsSearchedAndReadAndPaperFarAway() {
        GrayPlane g = specimenWithGreyLabel();
        io.granula.scalebar.bar.BarCandidate bar = new io.granula.scalebar.bar.BarCandidate(
                new UniformRect(150, 199, 150, 153, 255), 100, 0.6, 1, java.util.Optional.empty(), 1);
        GrayPlane whole = InkLevelPlane.slice(g, 160, 10);
        GrayPlane near = InkLevelPlane.sliceNear(g, 160, 10, bar, new PlaneBuffers());
        GlyphFinder.Window w = GlyphFinder.window(g, bar);
        for (int y = w.y0(); y <= w.y1(); y++) {
            for (int x = w.x0(); x <= w.x1(); x++) {
                assertThat(near.at(x, y)).isEqualTo(whole.at(x, y));
            }
        }
        // the label's crop reaches a quarter of the window's height past it; nothing is filled further out
        int reach = (w.y1() - w.y0() + 1) / 4 + 3;
        int farX = w.x1() + reach + 1;
        if (farX < W) {
            for (int y = 0; y < H; y++) {
                assertThat(near.at(farX, y)).isZero();
            }
        }
    }
}
