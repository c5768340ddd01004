package io.granula.core.dynamics;

/**
 * One Euler step of Cellpose's {@code dynamics.steps_interp}: sample the step field with
 * {@code torch.nn.functional.grid_sample(mode="bilinear", padding_mode="zeros",
 * align_corners=False)} at normalised coordinates {@code (gx, gy)} in [-1, 1], add, clamp to
 * [-1, 1].
 *
 * <p>The float32 arithmetic follows PyTorch's CPU kernel (ATen native/cpu/GridSamplerKernel.cpp,
 * ComputeLocationBase&lt;align_corners=false&gt;::unnormalize and ApplyGridSample bilinear
 * forward) operation by operation, including the fused multiply-adds the compiled kernel uses;
 * checked bit for bit against torch 1.13 grid_sample on random fields and points. Because of
 * align_corners=False a point at pixel p is read at {@code p*L/(L-1) - 0.5}, not at p, exactly
 * as in Cellpose; corners outside the image read 0.
 *
 * <p>The field is interleaved: {@code field[2i]} is the x step, {@code field[2i+1]} the y step of
 * pixel {@code i}, both already in normalised units (see {@link FollowFlows#stepField}).
 * State is packed in a long ({@link #pack}) so that the hot loop allocates nothing.
 */
final class GridSampleStep {
    private GridSampleStep() {
    }

    static long pack(float gx, float gy) {
        return ((long) Float.floatToRawIntBits(gy) << 32) | (Float.floatToRawIntBits(gx) & 0xffffffffL);
    }

    static float x(long state) {
        return Float.intBitsToFloat((int) state);
    }

    static float y(long state) {
        return Float.intBitsToFloat((int) (state >>> 32));
    }

    /**
     * @param halfW {@code (float) width / 2}, PyTorch's scaling_factor
     * @param halfH {@code (float) height / 2}
     */
    static long step(float[] field, int width, int height, float halfW, float halfH, float gx, float gy) {
        float ix = Math.fma(gx + 1f, halfW, -0.5f);
        float iy = Math.fma(gy + 1f, halfH, -0.5f);
        float fx = (float) Math.floor(ix);
        float fy = (float) Math.floor(iy);
        float w = ix - fx;
        float e = 1f - w;
        float n = iy - fy;
        float s = 1f - n;
        float nw = s * e;
        float ne = s * w;
        float sw = n * e;
        float se = n * w;
        int x0 = (int) fx;
        int y0 = (int) fy;
        boolean west = x0 >= 0 && x0 < width;
        boolean east = x0 + 1 >= 0 && x0 + 1 < width;
        float nwx = 0f, nwy = 0f, nex = 0f, ney = 0f, swx = 0f, swy = 0f, sex = 0f, sey = 0f;
        if (y0 >= 0 && y0 < height) {
            int r = 2 * (y0 * width + x0);
            if (west) {
                nwx = field[r];
                nwy = field[r + 1];
            }
            if (east) {
                nex = field[r + 2];
                ney = field[r + 3];
            }
        }
        if (y0 + 1 >= 0 && y0 + 1 < height) {
            int r = 2 * ((y0 + 1) * width + x0);
            if (west) {
                swx = field[r];
                swy = field[r + 1];
            }
            if (east) {
                sex = field[r + 2];
                sey = field[r + 3];
            }
        }
        float dx = nwx * nw;
        dx = Math.fma(nex, ne, dx);
        dx = Math.fma(swx, sw, dx);
        dx = Math.fma(sex, se, dx);
        float dy = nwy * nw;
        dy = Math.fma(ney, ne, dy);
        dy = Math.fma(swy, sw, dy);
        dy = Math.fma(sey, se, dy);
        return pack(clamp(gx + dx), clamp(gy + dy));
    }

    /** torch.clamp_(v, -1, 1) for finite v. */
    private static float clamp(float v) {
        return v < -1f ? -1f : (v > 1f ? 1f : v);
    }
}
