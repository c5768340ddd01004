package io.granula.core.pipeline;

import io.granula.core.dynamics.MaskResult;
import org.junit.jupiter.api.Test;

import static io.granula.core.pipeline.MaskFixtures.SIZE;
import static io.granula.core.pipeline.MaskFixtures.result;
import static io.granula.core.pipeline.MaskFixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class SmallPopulationTest {
    @Test
    void aFinePopulationBesideCoarseParticlesIsWorthItsOwnPass() {
        int[] l = new int[SIZE * SIZE];
        int next = square(l, 10, 10, 40, 1);
        next = square(l, 100, 10, 40, next);
        for (int k = 0; k < 12; k++) {
            next = square(l, 10 + 15 * k, 150, 6, next);
        }
        // Twelve 6 px squares (ECD 6.8 px) beside two of 40 px, a pass that assumed 45 px: below 45 / 2.5 = 18 px.
        double d = SmallPopulation.diameter(pass(l, 45));
        assertThat(d).isCloseTo(Math.sqrt(4 * 36 / Math.PI), offset(1e-9));
    }

    @Test
    void aFewSmallMasksOrASmallFractionAreNotAPopulation() {
        int[] few = new int[SIZE * SIZE];
        int next = square(few, 10, 10, 40, 1);
        for (int k = 0; k < 9; k++) {
            next = square(few, 10 + 15 * k, 150, 6, next);
        }
        assertThat(SmallPopulation.diameter(pass(few, 45))).as("nine specks").isNaN();

        int[] fraction = new int[SIZE * SIZE];
        next = 1;
        for (int k = 0; k < 120; k++) {
            next = square(fraction, (k % 12) * 16, (k / 12) * 16, 14, next);
        }
        for (int k = 0; k < 10; k++) {
            next = square(fraction, 3 + (k % 12) * 16, 3 + (k / 12) * 16, 3, next);
        }
        // 120 masks of 14 px and 10 specks cut out of them: under a tenth of the masks.
        assertThat(SmallPopulation.diameter(pass(fraction, 20))).isNaN();
    }

    @Test
    void finerMasksAreAddedOnlyOnBackgroundAndOnlyWhenSmall() {
        int[] main = new int[SIZE * SIZE];
        square(main, 10, 10, 40, 1);
        int[] fine = new int[SIZE * SIZE];
        int next = square(fine, 100, 100, 6, 1);          // on background: added
        next = square(fine, 20, 20, 6, next);             // inside the coarse particle: a fragment, not added
        next = square(fine, 47, 20, 6, next);             // 3 of 6 columns on the coarse particle: half on it, not added
        next = square(fine, 50, 60, 6, next);             // touches nothing: added
        next = square(fine, 120, 20, 30, next);           // as large as the main population: not small, not added
        square(fine, 180, 180, 3, next);                  // 9 px left: below the minimum size
        MaskResult merged = SmallPopulation.merge(result(main), result(fine), 40, 15);

        int[] m = merged.labels().labels();
        assertThat(merged.labels().objectCount()).isEqualTo(3);
        assertThat(m[10 * SIZE + 10]).as("the main mask keeps label 1 (raster order)").isEqualTo(1);
        assertThat(m[100 * SIZE + 100]).isPositive().isNotEqualTo(1);
        assertThat(m[60 * SIZE + 50]).isPositive().isNotEqualTo(m[100 * SIZE + 100]);
        assertThat(m[20 * SIZE + 120]).isZero();
        assertThat(m[180 * SIZE + 180]).isZero();
        assertThat(m[20 * SIZE + 52]).isZero();
    }

    private static SizedPass pass(int[] labels, double assumed) {
        return new SizedPass(result(labels), assumed);
    }
}
