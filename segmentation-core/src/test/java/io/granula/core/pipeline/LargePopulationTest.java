package io.granula.core.pipeline;

import io.granula.core.dynamics.MaskResult;
import org.junit.jupiter.api.Test;

import static io.granula.core.pipeline.MaskFixtures.SIZE;
import static io.granula.core.pipeline.MaskFixtures.result;
import static io.granula.core.pipeline.MaskFixtures.square;
import static org.assertj.core.api.Assertions.assertThat;

class LargePopulationTest {
    @Test
    void theCoarsePassLooksThreeTimesCoarserWhileTheShrunkImageIsLargeEnough() {
        SizedPass fine = new SizedPass(result(new int[SIZE * SIZE]), 10);
        // 200 px at 30/30: 200 px across; at 30/90 about 67 px, still >= 64.
        assertThat(LargePopulation.diameter(fine, new ScaleSearch(30, SIZE, SIZE))).isEqualTo(30);
        SizedPass native30 = new SizedPass(result(new int[SIZE * SIZE]), 30);
        assertThat(LargePopulation.diameter(native30, new ScaleSearch(30, SIZE, SIZE))).isEqualTo(90);
        // 90 px at 30/120 would be 50 px across: too small to look at.
        SizedPass at40 = new SizedPass(result(new int[SIZE * SIZE]), 40);
        assertThat(LargePopulation.diameter(at40, new ScaleSearch(30, SIZE, SIZE))).isNaN();
    }

    @Test
    void coarseMasksAreAddedOnlyOnBackgroundAndOnlyWhenLarge() {
        int[] main = new int[SIZE * SIZE];
        int next = square(main, 10, 10, 8, 1);
        next = square(main, 30, 10, 8, next);
        square(main, 120, 120, 8, next);
        int[] coarse = new int[SIZE * SIZE];
        int c = square(coarse, 60, 60, 40, 1);            // 40 px on background (ECD 45 >= 2 x 10): added
        c = square(coarse, 5, 5, 36, c);                  // covers the first two fine masks, 10 % on them: added around them
        c = square(coarse, 115, 115, 20, c);              // 64 of its 400 px on a fine mask, ECD 22.6 >= 20: added around it
        c = square(coarse, 160, 20, 12, c);               // ECD 13.5 < 2 x 10: a fine particle seen coarsely, not added
        square(coarse, 150, 150, 18, c);                  // 324 px: ECD 20.3, on background: added
        MaskResult merged = LargePopulation.merge(result(main), result(coarse), 10, 15);

        int[] m = merged.labels().labels();
        assertThat(merged.labels().objectCount()).isEqualTo(7);
        assertThat(m[10 * SIZE + 10]).as("the fine masks keep theirs").isPositive();
        assertThat(m[10 * SIZE + 10]).isNotEqualTo(m[5 * SIZE + 5]);
        assertThat(m[80 * SIZE + 80]).isPositive();
        assertThat(m[20 * SIZE + 160]).isZero();
        assertThat(m[155 * SIZE + 155]).isPositive();
    }

    @Test
    void aCoarseMaskMostlyOnFineMasksIsTheirCluster() {
        int[] main = new int[SIZE * SIZE];
        int next = 1;
        for (int k = 0; k < 4; k++) {
            next = square(main, 50 + 10 * (k % 2), 50 + 10 * (k / 2), 10, next);
        }
        int[] coarse = new int[SIZE * SIZE];
        square(coarse, 48, 48, 24, 1);                    // 400 of its 576 px on the four fine masks: not added
        MaskResult merged = LargePopulation.merge(result(main), result(coarse), 10, 15);
        assertThat(merged.labels().objectCount()).isEqualTo(4);
    }
}
