package io.granula.scalebar.bar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrayPlaneTest {
    @Test
    void theTransposedPlaneHasEveryPixelAtItsSwappedPlaceWhateverTheTilesLeaveOver() {
        // sizes that are not multiples of the 8 px tiles, and one tile or less
        for (int[] size : new int[][]{{13, 37}, {37, 13}, {8, 8}, {1, 9}, {64, 17}}) {
            int w = size[0];
            int h = size[1];
            float[] px = new float[w * h];
            for (int i = 0; i < px.length; i++) {
                px[i] = i;
            }
            GrayPlane g = new GrayPlane(w, h, px, 0, px.length);
            GrayPlane t = g.transposed();
            assertThat(t.width()).isEqualTo(h);
            assertThat(t.height()).isEqualTo(w);
            assertThat(t.lo()).isEqualTo(g.lo());
            assertThat(t.hi()).isEqualTo(g.hi());
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertThat(t.at(y, x)).as("%dx%d at (%d, %d)", w, h, x, y).isEqualTo(g.at(x, y));
                }
            }
        }
    }
}
