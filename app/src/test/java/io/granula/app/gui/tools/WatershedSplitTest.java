package io.granula.app.gui.tools;

import io.granula.app.project.EditOperation;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded watershed split on a dumbbell (two overlapping discs): cut at the neck, two connected parts. */
class WatershedSplitTest {
    private static final int W = 120, H = 60, ID = 7;

    /** Discs of radius 18 at (35, 30) and (80, 30): they overlap in a neck around x = 57. */
    private static LabelImage dumbbell() {
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean a = sq(x - 35) + sq(y - 30) <= 18 * 18, b = sq(x - 80) + sq(y - 30) <= 18 * 18;
                px[y * W + x] = a || b ? ID : (x < 4 && y < 4 ? 3 : 0);
            }
        }
        return new LabelImage(W, H, px);
    }

    private static int sq(int v) {
        return v * v;
    }

    @Test
    void seedsInBothLobesCutTheDumbbellAtItsNeck() {
        LabelImage labels = dumbbell();

        EditOperation.Split split = WatershedSplit.split(labels, 33, 31, 82, 29);

        assertThat(split).isNotNull();
        assertThat(split.label()).isEqualTo(ID);
        int secondPart = 0, firstPart = 0;
        boolean[] second = new boolean[W * H], first = new boolean[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (labels.get(x, y) != ID) {
                    assertThat(split.part().contains(x, y)).as("only the particle's own pixels move").isFalse();
                    continue;
                }
                if (split.part().contains(x, y)) {
                    second[y * W + x] = true;
                    secondPart++;
                    assertThat(x).as("the second seed's part lies right of the neck").isGreaterThanOrEqualTo(55);
                } else {
                    first[y * W + x] = true;
                    firstPart++;
                    assertThat(x).as("the first seed's part lies left of the neck").isLessThanOrEqualTo(60);
                }
            }
        }
        assertThat((double) secondPart / firstPart).as("two lobes of equal size").isBetween(0.9, 1.1);
        assertThat(connected(first)).as("the first seed's part is one piece").isTrue();
        assertThat(connected(second)).as("the second seed's part is one piece").isTrue();
    }

    /** Share of a disc of radius 15 at (50, 30) that the second seed's part gets. */
    private static double secondShare(int ax, int ay, int bx, int by) {
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                px[y * W + x] = sq(x - 50) + sq(y - 30) <= 15 * 15 ? ID : 0;
            }
        }
        EditOperation.Split split = WatershedSplit.split(new LabelImage(W, H, px), ax, ay, bx, by);
        int secondPart = 0, total = 0;
        boolean[] second = new boolean[W * H], first = new boolean[W * H];
        for (int i = 0; i < px.length; i++) {
            if (px[i] == ID) {
                total++;
                boolean moved = split.part().contains(i % W, i / W);
                secondPart += moved ? 1 : 0;
                (moved ? second : first)[i] = true;
            }
        }
        assertThat(connected(first)).isTrue();
        assertThat(connected(second)).isTrue();
        return (double) secondPart / total;
    }

    @Test
    void seedsInARoundParticleWithNoNeckShareItHalfWayBetweenThem() {
        assertThat(secondShare(43, 30, 57, 30)).isBetween(0.4, 0.6);
    }

    @Test
    void aSeedNearTheEdgeOfARoundParticleStillGetsItsSideNotASliver() {
        // the centre seed lies deeper: a plain watershed floods all but a sliver from it first
        assertThat(secondShare(50, 30, 61, 30)).isBetween(0.15, 0.45);
    }

    @Test
    void seedsOnDifferentParticlesOrOnBackgroundSplitNothing() {
        LabelImage labels = dumbbell();

        assertThat(WatershedSplit.split(labels, 35, 30, 1, 1)).as("another particle").isNull();
        assertThat(WatershedSplit.split(labels, 35, 30, 60, 5)).as("background").isNull();
        assertThat(WatershedSplit.split(labels, 35, 30, 35, 30)).as("one pixel twice").isNull();
    }

    @Test
    void distanceTransformIsExactOnARectangle() {
        boolean[] all = new boolean[5 * 3];
        java.util.Arrays.fill(all, true);

        double[] d = DistanceTransform.squared(all, 5, 3);

        // outside the box is background: the middle row is 1, 2, 2, 2, 1 pixels from it, the others 1
        assertThat(d).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1);
    }

    /** 4-connectivity by a breadth-first search from the first pixel set. */
    private static boolean connected(boolean[] in) {
        int start = -1, total = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                total++;
                start = start < 0 ? i : start;
            }
        }
        boolean[] seen = new boolean[in.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        int reached = 0;
        while (!queue.isEmpty()) {
            int p = queue.poll();
            reached++;
            int x = p % W, y = p / W;
            int[][] n = {{x + 1, y}, {x - 1, y}, {x, y + 1}, {x, y - 1}};
            for (int[] q : n) {
                if (q[0] >= 0 && q[1] >= 0 && q[0] < W && q[1] < H && in[q[1] * W + q[0]] && !seen[q[1] * W + q[0]]) {
                    seen[q[1] * W + q[0]] = true;
                    queue.add(q[1] * W + q[0]);
                }
            }
        }
        return reached == total;
    }
}
