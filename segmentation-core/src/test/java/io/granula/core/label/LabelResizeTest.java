package io.granula.core.label;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelResizeTest {
    @Test
    void halvingSamplesTheSecondPixelOfEachPairAndKeepsIds() {
        // 4x2 -> 2x1: output x samples input floor((x + 0.5) * 2) = 1, 3 (centre-aligned)
        LabelImage in = new LabelImage(4, 2, new int[]{1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(LabelResize.nearest(in, 2, 1)).containsExactly(6, 8);
    }

    @Test
    void enlargingRepeatsEachPixelAndKeepsMasksWhole() {
        LabelImage in = new LabelImage(2, 2, new int[]{0, 7, 9, 0});
        assertThat(LabelResize.nearest(in, 4, 4)).containsExactly(
                0, 0, 7, 7,
                0, 0, 7, 7,
                9, 9, 0, 0,
                9, 9, 0, 0);
    }

    @Test
    void aMaskSmallerThanOneOutputPixelCanVanish() {
        int[] px = new int[9];
        px[0] = 3; // top-left pixel only; 3x3 -> 1x1 samples the centre
        assertThat(LabelResize.nearest(new LabelImage(3, 3, px), 1, 1)).containsExactly(0);
    }

    @Test
    void refusesAnEmptySize() {
        assertThatThrownBy(() -> LabelResize.nearest(new LabelImage(2, 2, new int[4]), 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
