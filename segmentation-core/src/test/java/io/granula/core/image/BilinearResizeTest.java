package io.granula.core.image;

import io.granula.core.testing.NpyFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BilinearResizeTest {
    @Test
    void matchesTorchInterpolateBilinearUpAndDown() {
        NpyFixture in = NpyFixture.resource("resize-input-2x13x17.npy");
        for (String name : new String[] {"resize-expected-2x29x8.npy", "resize-expected-2x5x40.npy"}) {
            NpyFixture expected = NpyFixture.resource(name);
            int h = expected.shape()[1];
            int w = expected.shape()[2];
            for (int c = 0; c < 2; c++) {
                float[] got = BilinearResize.resize(in.plane(c), 17, 13, w, h);
                float[] want = expected.plane(c);
                for (int i = 0; i < want.length; i++) {
                    assertThat(got[i]).as("%s channel %d pixel %d", name, c, i).isCloseTo(want[i], within(1e-5f));
                }
            }
        }
    }

    @Test
    void sameSizeIsIdentity() {
        float[] p = NpyFixture.resource("resize-input-2x13x17.npy").plane(0);
        assertThat(BilinearResize.resize(p, 17, 13, 17, 13)).containsExactly(p);
    }

    @Test
    void upThenDownByTwoIsTheOneEighthThreeQuarterBlur() {
        // Doubling samples source pixel k at k -/+ 0.25 (weights 3/4, 1/4); halving averages those
        // two back, so the round trip is the separable kernel [1/8, 3/4, 1/8] with the border pixel
        // repeated (the sampling position is clamped at 0 and at the last pixel).
        int w = 17;
        int h = 13;
        float[] p = NpyFixture.resource("resize-input-2x13x17.npy").plane(1);
        float[] back = BilinearResize.resize(BilinearResize.resize(p, w, h, 2 * w, 2 * h), 2 * w, 2 * h, w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double expected = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = Math.min(h - 1, Math.max(0, y + dy));
                        int xx = Math.min(w - 1, Math.max(0, x + dx));
                        expected += kernel(dy) * kernel(dx) * p[yy * w + xx];
                    }
                }
                assertThat(back[y * w + x]).as("pixel %d,%d", x, y).isCloseTo((float) expected, within(1e-6f));
            }
        }
    }

    private static double kernel(int d) {
        return d == 0 ? 0.75 : 0.125;
    }
}
