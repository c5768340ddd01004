package io.granula.core.dynamics;

import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MasksAtImageSizeTest {
    @Test
    void masksFoundAtFourTimesTheScaleComeBackRenumberedAndTheMinimumSizeCountsImagePixels() {
        // 16x16 at the network's scale: a 8x8 square (2x2 = 4 image px) and a 4x4 one (1 image px)
        int[] px = new int[16 * 16];
        for (int y = 0; y < 8; y++) {
            for (int x = 8; x < 16; x++) {
                px[y * 16 + x] = 5;
            }
        }
        for (int y = 12; y < 16; y++) {
            for (int x = 0; x < 4; x++) {
                px[y * 16 + x] = 2;
            }
        }
        MaskResult found = new MaskResult(new LabelImage(16, 16, px), Map.of("total", 1.0), "cpu");
        DynamicsParameters p = DynamicsParameters.defaults().withMinSize(3).withThreads(1);

        MaskResult back = MasksAtImageSize.resize(found, 4, 4, p, ProgressMonitor.NONE);

        // at network scale the small square has 16 px and would pass min_size 3; in the image it has 1
        assertThat(back.labels().labels()).containsExactly(
                0, 0, 1, 1,
                0, 0, 1, 1,
                0, 0, 0, 0,
                0, 0, 0, 0);
        assertThat(back.stageMillis()).containsKeys("resize_masks", "total");
    }
}
