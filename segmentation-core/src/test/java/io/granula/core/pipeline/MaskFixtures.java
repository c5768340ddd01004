package io.granula.core.pipeline;

import io.granula.core.dynamics.MaskResult;
import io.granula.core.label.LabelImage;

import java.util.Map;

/** Hand-drawn label images for the population passes' tests: squares on a SIZE x SIZE field. */
final class MaskFixtures {
    static final int SIZE = 200;

    private MaskFixtures() {
    }

    static MaskResult result(int[] labels) {
        return new MaskResult(new LabelImage(SIZE, SIZE, labels), Map.of(), "cpu");
    }

    /** Draws a square of {@code label}; returns the next label. */
    static int square(int[] l, int x0, int y0, int side, int label) {
        for (int y = y0; y < y0 + side; y++) {
            for (int x = x0; x < x0 + side; x++) {
                l[y * SIZE + x] = label;
            }
        }
        return label + 1;
    }
}
