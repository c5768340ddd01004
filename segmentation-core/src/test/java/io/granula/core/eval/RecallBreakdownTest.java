package io.granula.core.eval;

import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecallBreakdownTest {
    private static final int W = 40;

    @Test
    void groundTruthParticlesAreCountedByKindArrangementAndSize() {
        int[] gt = new int[W * W];
        fill(gt, 1, 0, 0, 5, 5);       // 25 px: ECD 5.6, "disc", found
        fill(gt, 2, 10, 0, 30, 1);     // 30 px: ECD 6.2, "wire", missed (a third of it predicted: IoU 0.33)
        fill(gt, 3, 0, 10, 20, 20);    // 400 px: ECD 22.6, no kind given, found
        int[] pred = new int[W * W];
        fill(pred, 7, 0, 0, 5, 5);
        fill(pred, 8, 10, 0, 10, 1);
        fill(pred, 9, 0, 10, 20, 19);  // IoU 0.95

        RecallBreakdown b = new RecallBreakdown(0.5);
        b.add(new LabelImage(W, W, gt), new LabelImage(W, W, pred), Map.of(1, "disc", 2, "wire"), "random");

        assertThat(b.byKind()).containsExactly(
                Map.entry("disc", new RecallBreakdown.Recall(1, 1)),
                Map.entry("unknown", new RecallBreakdown.Recall(1, 1)),
                Map.entry("wire", new RecallBreakdown.Recall(0, 1)));
        assertThat(b.byArrangement()).containsExactly(Map.entry("random", new RecallBreakdown.Recall(2, 3)));
        assertThat(b.bySize().keySet()).containsExactly("<8", "8-15", "15-30", "30-60", "60-150", ">=150");
        assertThat(b.bySize().get("<8")).isEqualTo(new RecallBreakdown.Recall(1, 2));
        assertThat(b.bySize().get("15-30")).isEqualTo(new RecallBreakdown.Recall(1, 1));
        assertThat(b.bySize().get("8-15").recall()).isNaN();
    }

    @Test
    void imagesAccumulate() {
        int[] gt = new int[W * W];
        fill(gt, 1, 0, 0, 10, 10);
        RecallBreakdown b = new RecallBreakdown(0.5);
        for (int[] pred : List.of(gt.clone(), new int[W * W])) {
            b.add(new LabelImage(W, W, gt), new LabelImage(W, W, pred), Map.of(1, "blob"), "sparse");
        }
        assertThat(b.byKind().get("blob")).isEqualTo(new RecallBreakdown.Recall(1, 2));
        assertThat(b.byKind().get("blob").recall()).isEqualTo(0.5);
    }

    private static void fill(int[] l, int label, int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                l[y * W + x] = label;
            }
        }
    }
}
