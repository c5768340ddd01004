package io.granula.core.flow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TileAxisTest {
    @Test
    void padsAsCellposePadImageNd() {
        // 75 px, stride 16: 5 px to reach 80 (2 before, 3 after) plus 8 on both sides.
        TileAxis a = TileAxis.plan(75, 16, 224, 0.1, false);
        assertThat(a.padBefore()).isEqualTo(10);
        assertThat(a.paddedLength()).isEqualTo(96);
        assertThat(a.count()).isEqualTo(1);
        assertThat(a.tile()).isEqualTo(96);
    }

    @Test
    void fixedTileSizePadsShortAxesUpToTheTile() {
        TileAxis a = TileAxis.plan(75, 16, 224, 0.1, true);
        assertThat(a.tile()).isEqualTo(224);
        assertThat(a.paddedLength()).isEqualTo(224);
        assertThat(a.starts()).containsExactly(0);
    }

    @ParameterizedTest(name = "length {0}, stride {1}, tile {2}, overlap {3}")
    @CsvSource({"1024, 16, 224, 0.1", "1000, 8, 256, 0.1", "4099, 16, 224, 0.1", "300, 16, 64, 0.25",
            "97, 2, 16, 0.5", "5000, 8, 512, 0.05", "230, 16, 224, 0.1"})
    void tilesCoverThePaddedAxisOnStrideMultiplesWithTheMinimumOverlap(int length, int stride, int tile,
                                                                       double overlap) {
        TileAxis a = TileAxis.plan(length, stride, tile, overlap, false);
        int[] s = a.starts();
        assertThat(a.paddedLength() % stride).isZero();
        assertThat(s[0]).isZero();
        assertThat(s[s.length - 1] + a.tile()).isEqualTo(a.paddedLength());
        assertThat(a.overlap()).isGreaterThanOrEqualTo((int) Math.min(Math.ceil(2 * overlap * a.tile()), a.tile() - stride));
        for (int i = 0; i < s.length; i++) {
            assertThat(s[i] % stride).isZero();
            if (i > 0) {
                assertThat(s[i - 1] + a.tile() - s[i]).as("overlap of tiles %d and %d", i - 1, i)
                        .isGreaterThanOrEqualTo(a.overlap());
            }
        }
        // Every image pixel gets weight from at least one tile, and only from pixels at least a halo
        // away from an inner tile edge.
        for (float sum : a.weightSums()) {
            assertThat(sum).isPositive();
        }
        for (int i = 0; i < s.length; i++) {
            float[] w = a.weights(i);
            for (int d = 0; d < a.halo(); d++) {
                if (s[i] > 0) {
                    assertThat(w[d]).isZero();
                }
                if (s[i] + a.tile() < a.paddedLength()) {
                    assertThat(w[a.tile() - 1 - d]).isZero();
                }
            }
        }
    }

    @Test
    void weightsOfTwoTilesAtMinimumOverlapSumToOne() {
        // 2 tiles of 64 over 112 padded pixels overlap by exactly 16 = the minimum for 0.125.
        TileAxis a = TileAxis.plan(96, 16, 64, 0.125, false);
        assertThat(a.paddedLength()).isEqualTo(112);
        assertThat(a.starts()).containsExactly(0, 48);
        assertThat(a.overlap()).isEqualTo(16);
        float[] left = a.weights(0);
        float[] right = a.weights(1);
        for (int p = 48; p < 64; p++) {
            assertThat(left[p] + right[p - 48]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-6f));
        }
    }
}
