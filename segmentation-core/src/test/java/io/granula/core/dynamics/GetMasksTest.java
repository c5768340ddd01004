package io.granula.core.dynamics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GetMasksTest {
    /** n pixels starting at raster indices [from, from + n) of a w-wide image, all ending at (ey, ex). */
    private static void converge(int[] pixels, int[] ey, int[] ex, int offset, int from, int n, int y, int x) {
        for (int k = 0; k < n; k++) {
            pixels[offset + k] = from + k;
            ey[offset + k] = y;
            ex[offset + k] = x;
        }
    }

    @Test
    void twoClustersOfEndPointsGiveTwoMasksNumberedInRasterOrder() {
        int w = 40;
        int h = 40;
        int[] pixels = new int[30];
        int[] ey = new int[30];
        int[] ex = new int[30];
        converge(pixels, ey, ex, 0, 100, 15, 30, 30); // pixels 100..114 end at (30, 30)
        converge(pixels, ey, ex, 15, 500, 15, 5, 5);  // pixels 500..514 end at (5, 5)
        GetMasks.Labels masks = GetMasks.run(Endpoints.of(w, h, pixels, ey, ex), 0.4, 2);
        assertThat(masks.count()).isEqualTo(2);
        assertThat(masks.labels()[100]).isEqualTo(1);
        assertThat(masks.labels()[114]).isEqualTo(1);
        assertThat(masks.labels()[500]).isEqualTo(2);
        assertThat(masks.labels()[0]).isZero();
    }

    @Test
    void aSeedNeedsMoreThanTenEndPoints() {
        int[] pixels = new int[10];
        int[] ey = new int[10];
        int[] ex = new int[10];
        converge(pixels, ey, ex, 0, 0, 10, 8, 8);
        assertThat(GetMasks.run(Endpoints.of(20, 20, pixels, ey, ex), 0.4, 2).count()).isZero();
        int[] p11 = new int[11];
        int[] y11 = new int[11];
        int[] x11 = new int[11];
        converge(p11, y11, x11, 0, 0, 11, 8, 8);
        assertThat(GetMasks.run(Endpoints.of(20, 20, p11, y11, x11), 0.4, 2).count()).isEqualTo(1);
    }

    @Test
    void seedsGrowOnlyThroughBinsWithMoreThanTwoEndPoints() {
        int w = 60;
        // 12 pixels at (20, 20), 3 at (20, 21) (kept: > 2), 2 at (20, 22) (dropped: not > 2)
        int[] pixels = new int[17];
        int[] ey = new int[17];
        int[] ex = new int[17];
        converge(pixels, ey, ex, 0, 0, 12, 20, 20);
        converge(pixels, ey, ex, 12, 12, 3, 20, 21);
        converge(pixels, ey, ex, 15, 15, 2, 20, 22);
        int[] labels = GetMasks.run(Endpoints.of(w, w, pixels, ey, ex), 0.4, 2).labels();
        assertThat(labels[0]).isEqualTo(1);
        assertThat(labels[12]).isEqualTo(1);
        assertThat(labels[15]).isZero();
    }

    @Test
    void masksOverFortyPercentOfTheImageAreDropped() {
        int w = 10;
        int[] pixels = new int[41];
        int[] ey = new int[41];
        int[] ex = new int[41];
        converge(pixels, ey, ex, 0, 0, 41, 5, 5);
        assertThat(GetMasks.run(Endpoints.of(w, w, pixels, ey, ex), 0.4, 2).count()).isZero();
        assertThat(GetMasks.run(Endpoints.of(w, w, pixels, ey, ex), 0.5, 2).count()).isEqualTo(1);
    }

    @Test
    void overlappingGrownSeedsGoToTheSeedWithMoreEndPoints() {
        // two local maxima 6 bins apart (both are 5x5 maxima), bridged by bins with 3 counts
        int w = 60;
        int n = 12 + 20 + 5 * 3;
        int[] pixels = new int[n];
        int[] ey = new int[n];
        int[] ex = new int[n];
        converge(pixels, ey, ex, 0, 0, 12, 20, 20);
        converge(pixels, ey, ex, 12, 12, 20, 20, 26);
        for (int k = 0; k < 5; k++) {
            converge(pixels, ey, ex, 32 + 3 * k, 32 + 3 * k, 3, 20, 21 + k);
        }
        int[] labels = GetMasks.run(Endpoints.of(w, w, pixels, ey, ex), 0.4, 2).labels();
        // the bridge bins (20,21..25) are reached by both seeds: the bigger seed (20 counts) wins
        assertThat(labels[32]).isEqualTo(labels[12]);
        assertThat(labels[44]).isEqualTo(labels[12]);
        assertThat(labels[0]).isNotEqualTo(labels[12]);
    }

    @Test
    void endPointsInTheCornersOfAWideImageLandInTheirOwnBins() {
        // end points are kept as one raster index y * width + x: the last column and row must not wrap
        int w = 37;
        int h = 23;
        int[] pixels = new int[36];
        int[] ey = new int[36];
        int[] ex = new int[36];
        converge(pixels, ey, ex, 0, 0, 12, h - 1, w - 1);
        converge(pixels, ey, ex, 12, 12, 12, 0, w - 1);
        converge(pixels, ey, ex, 24, 24, 12, h - 1, 0);
        Endpoints ends = Endpoints.of(w, h, pixels, ey, ex);
        assertThat(ends.endY()).isEqualTo(ey);
        assertThat(ends.endX()).isEqualTo(ex);
        GetMasks.Labels masks = GetMasks.run(ends, 0.4, 2);
        assertThat(masks.count()).isEqualTo(3);
        assertThat(masks.labels()[0]).isEqualTo(1);
        assertThat(masks.labels()[12]).isEqualTo(2);
        assertThat(masks.labels()[24]).isEqualTo(3);
        assertThat(masks.labels()[11]).isEqualTo(1);
        assertThat(masks.labels()[36]).isZero();
    }
}
