package io.granula.core.pipeline;

import io.granula.core.flow.FlowField;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ProbabilityMapTest {
    private static final int W = 37;
    private static final int H = 23;

    /** Logits of a w x h pass: random, with the extremes where the sigmoid rounds to 0, 1/2 and 1. */
    private static FlowField pass(int w, int h, long seed) {
        Random random = new Random(seed);
        float[] cp = new float[w * h];
        float[] special = {0f, -0f, 1e-9f, -1e-9f, -800f, 800f, -1e30f, 40f, -40f, Float.NaN};
        for (int i = 0; i < cp.length; i++) {
            cp[i] = i % 7 == 0 ? special[random.nextInt(special.length)] : (float) (random.nextGaussian() * 6);
        }
        return new FlowField(w, h, new float[w * h], new float[w * h], cp);
    }

    /** The map as it was built before it kept logits: the sigmoid of every pass, the highest kept, 0 to start. */
    private static float[] sigmoidOfEachPass(FlowField... passes) {
        float[] values = new float[W * H];
        for (FlowField flows : passes) {
            float[] cp = flows.cellprob();
            int fw = flows.width(), fh = flows.height();
            for (int y = 0; y < H; y++) {
                int fy = Math.min(fh - 1, (int) ((y + 0.5) * fh / H));
                for (int x = 0; x < W; x++) {
                    int fx = Math.min(fw - 1, (int) ((x + 0.5) * fw / W));
                    float p = (float) (1 / (1 + Math.exp(-cp[fy * fw + fx])));
                    if (p > values[y * W + x]) {
                        values[y * W + x] = p;
                    }
                }
            }
        }
        return values;
    }

    private static float[] mapOf(FlowField... passes) {
        ProbabilityMap map = new ProbabilityMap(W, H);
        for (FlowField flows : passes) {
            map.add(flows);
        }
        return map.values();
    }

    @Test
    void theHighestLogitGivesTheHighestProbabilityBitForBit() {
        FlowField own = pass(W, H, 1);
        FlowField coarse = pass(29, 18, 2);
        FlowField fine = pass(51, 33, 3);
        float[] expected = sigmoidOfEachPass(own, coarse, fine);
        // the first pass at the image's own scale lends its plane to the map
        assertThat(mapOf(pass(W, H, 1), pass(29, 18, 2), pass(51, 33, 3))).containsExactly(expected);
        // a first pass at another scale: the map has a plane of its own
        assertThat(mapOf(pass(29, 18, 2), pass(W, H, 1), pass(51, 33, 3))).containsExactly(
                sigmoidOfEachPass(coarse, own, fine));
    }

    @Test
    void aFirstPassAtTheImageScaleIsNotCopied() {
        FlowField own = pass(W, H, 4);
        ProbabilityMap map = new ProbabilityMap(W, H);
        map.add(own);
        float[] expected = sigmoidOfEachPass(pass(W, H, 4));
        assertThat(map.values()).isSameAs(own.cellprob()).containsExactly(expected);
    }

    @Test
    void aPassWithNoNumberAnywhereLeavesZero() {
        float[] nan = new float[W * H];
        java.util.Arrays.fill(nan, Float.NaN);
        FlowField flows = new FlowField(W, H, new float[W * H], new float[W * H], nan);
        assertThat(mapOf(flows)).containsOnly(0f);
        assertThat(new ProbabilityMap(W, H).values()).containsOnly(0f);
    }
}
