package io.granula.core.dynamics;

import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FillHolesAndRemoveSmallMasksTest {
    private static void rect(int[] l, int w, int x0, int y0, int x1, int y1, int id) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                l[y * w + x] = id;
            }
        }
    }

    @Test
    void holesAreFilled() {
        int w = 20;
        int[] l = new int[w * w];
        rect(l, w, 2, 2, 12, 12, 1);
        rect(l, w, 5, 5, 8, 8, 0);
        int n = FillHolesAndRemoveSmallMasks.apply(l, w, w, 1, 15, 2, ProgressMonitor.NONE);
        assertThat(n).isEqualTo(1);
        assertThat(l[6 * w + 6]).isEqualTo(1);
    }

    @Test
    void aGapOpenToTheOutsideIsNotAHole() {
        int w = 20;
        int[] l = new int[w * w];
        rect(l, w, 2, 2, 12, 12, 1);
        rect(l, w, 5, 5, 8, 12, 0); // a notch reaching the bottom edge of the box
        FillHolesAndRemoveSmallMasks.apply(l, w, w, 1, 0, 1, ProgressMonitor.NONE);
        assertThat(l[6 * w + 6]).isZero();
    }

    @Test
    void diagonalContactDoesNotCloseAHole() {
        // background connectivity is 4: a pixel touching the outside only diagonally is a hole
        int w = 7;
        int[] l = new int[w * w];
        rect(l, w, 1, 1, 6, 6, 1);
        l[3 * w + 3] = 0;
        FillHolesAndRemoveSmallMasks.apply(l, w, w, 1, 0, 1, ProgressMonitor.NONE);
        assertThat(l[3 * w + 3]).isEqualTo(1);
    }

    @Test
    void aMaskInsideAnotherMasksHoleIsTakenOver() {
        int w = 20;
        int[] l = new int[w * w];
        rect(l, w, 2, 2, 18, 18, 1);
        rect(l, w, 6, 6, 14, 14, 0);
        rect(l, w, 8, 8, 12, 12, 2);
        int n = FillHolesAndRemoveSmallMasks.apply(l, w, w, 2, 15, 2, ProgressMonitor.NONE);
        assertThat(n).isEqualTo(1);
        assertThat(l[10 * w + 10]).isEqualTo(1);
        assertThat(l[7 * w + 7]).isEqualTo(1);
    }

    @Test
    void masksUnderMinSizeAreDroppedAndIdsFollowRasterOrder() {
        int w = 20;
        int[] l = new int[w * w];
        rect(l, w, 10, 1, 14, 5, 5);  // 16 px, first in raster order
        rect(l, w, 1, 10, 4, 14, 2);  // 12 px: too small
        rect(l, w, 1, 15, 6, 19, 9);  // 20 px
        int n = FillHolesAndRemoveSmallMasks.apply(l, w, w, 9, 15, 1, ProgressMonitor.NONE);
        assertThat(n).isEqualTo(2);
        assertThat(l[1 * w + 10]).isEqualTo(1);
        assertThat(l[10 * w + 1]).isZero();
        assertThat(l[15 * w + 1]).isEqualTo(2);
    }

    @Test
    void aMaskOfExactlyMinSizeStays() {
        int w = 10;
        int[] l = new int[w * w];
        rect(l, w, 0, 0, 5, 3, 1); // 15 px
        assertThat(FillHolesAndRemoveSmallMasks.apply(l, w, w, 1, 15, 1, ProgressMonitor.NONE)).isEqualTo(1);
    }

    /** Random rings, bars and blocks drawn over each other: holes, masks inside holes, split masks. */
    @Test
    void matchesTheStraightforwardPortOnRandomOverlappingShapes() {
        java.util.Random r = new java.util.Random(9);
        for (int trial = 0; trial < 200; trial++) {
            int w = 24 + r.nextInt(20);
            int h = 24 + r.nextInt(20);
            int[] l = new int[w * h];
            int shapes = 3 + r.nextInt(8);
            for (int k = 1; k <= shapes; k++) {
                int x0 = r.nextInt(w - 4);
                int y0 = r.nextInt(h - 4);
                int x1 = Math.min(w, x0 + 3 + r.nextInt(14));
                int y1 = Math.min(h, y0 + 3 + r.nextInt(14));
                boolean ring = r.nextBoolean();
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        boolean edge = y == y0 || y == y1 - 1 || x == x0 || x == x1 - 1;
                        if (!ring || edge) {
                            l[y * w + x] = k;
                        }
                    }
                }
            }
            int n = LabelRenumbering.renumber(l);
            int minSize = r.nextInt(3) * 8;
            int[] expected = ReferenceDynamics.fillHolesAndRemoveSmallMasks(l.clone(), minSize, h, w);
            ReferenceDynamics.renumber(expected);
            int[] actual = l.clone();
            FillHolesAndRemoveSmallMasks.apply(actual, w, h, n, minSize, 2, ProgressMonitor.NONE);
            assertThat(actual).as("trial %d", trial).isEqualTo(expected);
        }
    }
}
