package io.granula.core.dynamics;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridSampleStepTest {
    /** Field and points from a torch 1.13 run (grid_sample_torch113.txt): the oracle is PyTorch itself. */
    @Test
    void stepMatchesTorchGridSampleBitForBit() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("grid_sample_torch113.txt"), StandardCharsets.US_ASCII))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.startsWith("#")) {
                    lines.add(l);
                }
            }
        }
        String[] size = lines.get(0).split(" ");
        int w = Integer.parseInt(size[0]);
        int h = Integer.parseInt(size[1]);
        float[] cx = floats(lines.get(1));
        float[] cy = floats(lines.get(2));
        int pw = w + 2;
        float[] field = new float[2 * pw * (h + 2)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                field[2 * ((y + 1) * pw + x + 1)] = cx[y * w + x];
                field[2 * ((y + 1) * pw + x + 1) + 1] = cy[y * w + x];
            }
        }
        int checked = 0;
        for (String line : lines.subList(3, lines.size())) {
            float[] v = floats(line);
            float[] gx = {v[0]};
            float[] gy = {v[1]};
            GridSampleStep.step(field, pw, 0, w / 2f, h / 2f, gx, gy, 0);
            float ex = Math.min(Math.max(v[0] + v[2], -1f), 1f);
            float ey = Math.min(Math.max(v[1] + v[3], -1f), 1f);
            assertThat(Float.floatToIntBits(gx[0])).as("x at %s", line).isEqualTo(Float.floatToIntBits(ex));
            assertThat(Float.floatToIntBits(gy[0])).as("y at %s", line).isEqualTo(Float.floatToIntBits(ey));
            checked++;
        }
        assertThat(checked).isEqualTo(64);
    }

    @Test
    void cornersOutsideTheImageReadZero() {
        // a uniform field of +0.1 in x: at the image's left edge (gx = -1) half the weight falls
        // outside and reads 0, so the step is half as long (grid_sample zero padding)
        int w = 4;
        int h = 4;
        int pw = w + 2;
        float[] field = new float[2 * pw * (h + 2)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                field[2 * ((y + 1) * pw + x + 1)] = 0.1f;
            }
        }
        float[] gx = {-1f, 0f};
        float[] gy = {0f, 0f};
        GridSampleStep.step(field, pw, 0, w / 2f, h / 2f, gx, gy, 0);
        GridSampleStep.step(field, pw, 0, w / 2f, h / 2f, gx, gy, 1);
        assertThat(gx[0]).isCloseTo(-1f + 0.05f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(gx[1]).isCloseTo(0.1f, org.assertj.core.data.Offset.offset(1e-6f));
    }

    private static float[] floats(String line) {
        String[] t = line.trim().split(" ");
        float[] f = new float[t.length];
        for (int i = 0; i < t.length; i++) {
            f[i] = Float.intBitsToFloat((int) Long.parseLong(t[i], 16));
        }
        return f;
    }
}
