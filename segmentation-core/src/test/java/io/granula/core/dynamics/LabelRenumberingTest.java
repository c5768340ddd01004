package io.granula.core.dynamics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelRenumberingTest {
    @Test
    void idsFollowTheRasterOrderOfEachLabelsFirstPixel() {
        int[] l = {0, 7, 7, 3, 0, 9, 3, 7};
        assertThat(LabelRenumbering.renumber(l)).isEqualTo(3);
        assertThat(l).containsExactly(0, 1, 1, 2, 0, 3, 2, 1);
    }

    @Test
    void hugeSparseIdsAreRenumberedToo() {
        int[] l = {2_000_000_000, 0, 5, 2_000_000_000};
        assertThat(LabelRenumbering.renumber(l)).isEqualTo(2);
        assertThat(l).containsExactly(1, 0, 2, 1);
    }

    @Test
    void removeClearsOnlyTheChosenLabels() {
        int[] l = {1, 2, 3, 2};
        LabelRenumbering.remove(l, new boolean[]{false, false, true, false});
        assertThat(l).containsExactly(1, 0, 3, 0);
    }
}
