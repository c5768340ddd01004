package io.granula.app.gui.tools;

import io.granula.app.project.EditOperation;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which particles "redo this region" replaces: the majority rule on old and new particles. */
class RegionReplacementTest {
    private static final int W = 100, H = 60;

    private static void box(int[] px, int id, int x0, int y0, int x1, int y1) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                px[y * W + x] = id;
            }
        }
    }

    /** The image after the replacement. */
    private static int[] applied(LabelImage labels, EditOperation.ReplaceRegion r) {
        int[] out = labels.labels().clone();
        for (int y = 0; y < r.height(); y++) {
            System.arraycopy(r.labels(), y * r.width(), out, (r.y() + y) * W + r.x(), r.width());
        }
        return out;
    }

    @Test
    void particlesMostlyInsideAreReplacedAndParticlesMostlyOutsideKept() {
        int[] px = new int[W * H];
        box(px, 1, 22, 22, 30, 30);   // inside the rectangle 20..49 x 20..49
        box(px, 2, 44, 30, 53, 36);   // 6 of 10 columns inside: mostly inside, removed whole
        box(px, 3, 46, 40, 65, 44);   // 4 of 20 columns inside: mostly outside, kept whole
        box(px, 4, 80, 5, 90, 15);    // far away
        LabelImage labels = new LabelImage(W, H, px);
        int[] rect = {20, 20, 30, 30};
        int[] crop = {10, 10, 50, 50}; // margin 10
        int[] fresh = new int[50 * 50];
        // new particle A well inside; B crossing the rectangle's edge, mostly inside; C in the margin only;
        // D overlapping the kept particle 3
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                int ix = x + 10, iy = y + 10;
                fresh[y * 50 + x] = ix >= 24 && ix <= 32 && iy >= 24 && iy <= 32 ? 5
                        : ix >= 40 && ix <= 52 && iy >= 28 && iy <= 37 ? 9
                        : ix >= 12 && ix <= 16 && iy >= 12 && iy <= 16 ? 7
                        : ix >= 36 && ix <= 48 && iy >= 41 && iy <= 47 ? 8 : 0;
            }
        }

        EditOperation.ReplaceRegion r = RegionReplacement.of(labels, rect, crop, new LabelImage(50, 50, fresh));
        int[] out = applied(labels, r);

        assertThat(out[10 * W + 85]).as("far particle untouched").isEqualTo(4);
        assertThat(out[42 * W + 60]).as("mostly-outside particle keeps its outside").isEqualTo(3);
        assertThat(out[42 * W + 47]).as("... and its pixels inside the rectangle win over a new particle").isEqualTo(3);
        assertThat(out[26 * W + 26]).as("old particle 1 replaced by new particle A").isGreaterThan(4);
        assertThat(out[33 * W + 52]).as("new particle B is taken whole, its part beyond the rectangle too")
                .isEqualTo(out[33 * W + 45]).isGreaterThan(4);
        assertThat(out[14 * W + 14]).as("a new particle only in the margin is dropped").isZero();
        assertThat(out[42 * W + 40]).as("new particle D on free pixels").isGreaterThan(4);
        for (int v : out) {
            assertThat(v).as("old ids 1 and 2 are gone").isNotIn(1, 2);
        }
        assertThat(java.util.Arrays.stream(out).filter(v -> v > 4).distinct().count()).as("A, B and D get fresh ids").isEqualTo(3);
    }

    @Test
    void emptyResegmentationOfAnEmptyRegionChangesNothing() {
        int[] px = new int[W * H];
        box(px, 1, 80, 5, 90, 15);

        assertThat(RegionReplacement.of(new LabelImage(W, H, px), new int[]{10, 10, 20, 20}, new int[]{0, 0, 40, 40},
                new LabelImage(40, 40, new int[40 * 40]))).isNull();
    }
}
