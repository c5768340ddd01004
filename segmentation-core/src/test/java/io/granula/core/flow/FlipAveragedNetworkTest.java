package io.granula.core.flow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlipAveragedNetworkTest {
    private static final int H = 3;
    private static final int W = 4;

    /**
     * A network that ignores its input: dY = 1 and dX = 2 everywhere (flows that do not turn
     * with the image) and a cell probability that rises left to right with the column. Mirrored
     * back and averaged, the flows cancel (each sign change is applied once) and the column
     * ramp and its mirror average to the middle column everywhere.
     */
    @Test
    void mirroredFlowsChangeSignAndOutputsAreMirroredBack() {
        TileNetwork biased = (input, batch, channels, height, width) -> {
            float[] out = new float[batch * 3 * height * width];
            for (int b = 0; b < batch; b++) {
                int base = b * 3 * height * width;
                for (int i = 0; i < height * width; i++) {
                    out[base + i] = 1f;
                    out[base + height * width + i] = 2f;
                    out[base + 2 * height * width + i] = i % width;
                }
            }
            return out;
        };
        float[] out = new FlipAveragedNetwork(biased, 0, 1).forward(new float[2 * H * W], 2, 1, H, W);
        assertThat(out).hasSize(2 * 3 * H * W);
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < H * W; i++) {
                int base = b * 3 * H * W;
                assertThat(out[base + i]).isCloseTo(0f, within(1e-6f));
                assertThat(out[base + H * W + i]).isCloseTo(0f, within(1e-6f));
                assertThat(out[base + 2 * H * W + i]).isCloseTo((W - 1) / 2f, within(1e-6f));
            }
        }
    }

    /** A network that commutes with mirroring (its flows point along the input's gradient) is left unchanged. */
    @Test
    void networkThatCommutesWithMirroringIsUnchanged() {
        TileNetwork gradient = (input, batch, channels, height, width) -> {
            float[] out = new float[batch * 3 * height * width];
            for (int b = 0; b < batch; b++) {
                int in = b * channels * height * width;
                int base = b * 3 * height * width;
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int i = y * width + x;
                        float up = y > 0 ? input[in + i - width] : 0f;
                        float down = y < height - 1 ? input[in + i + width] : 0f;
                        float left = x > 0 ? input[in + i - 1] : 0f;
                        float right = x < width - 1 ? input[in + i + 1] : 0f;
                        out[base + i] = down - up;
                        out[base + height * width + i] = right - left;
                        out[base + 2 * height * width + i] = input[in + i];
                    }
                }
            }
            return out;
        };
        float[] input = new float[H * W];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i * 7919) % 13;
        }
        float[] plain = gradient.forward(input, 1, 1, H, W);
        float[] averaged = new FlipAveragedNetwork(gradient, 0, 1).forward(input, 1, 1, H, W);
        assertThat(averaged).containsExactly(plain, within(1e-5f));
    }
}
