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
 * <p>The field is interleaved and padded: {@code field[2i]} is the x step, {@code field[2i+1]}
 * the y step of padded pixel {@code i = (y + 1) * (width + 2) + x + 1}, both already in
 * normalised units (see {@link FollowFlows#stepField}); the one-pixel border of zeros is
 * grid_sample's zero padding, and since positions are clamped to [-1, 1] every corner read
 * lands inside the padded array, so the step has no bounds branches. State is packed in a long
 * ({@link #pack}) so that the hot loop allocates nothing.
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
     * @param paddedWidth {@code width + 2}
     * @param halfW       {@code (float) width / 2}, PyTorch's scaling_factor
     * @param halfH       {@code (float) height / 2}
     */
    static long step(float[] field, int paddedWidth, float halfW, float halfH, float gx, float gy) {
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
        // corner (x0, y0) sits at padded (x0 + 1, y0 + 1); x0, y0 >= -1 after the clamp
        int r = 2 * (((int) fy + 1) * paddedWidth + (int) fx + 1);
        int q = r + 2 * paddedWidth;
        float dx = field[r] * nw;
        dx = Math.fma(field[r + 2], ne, dx);
        dx = Math.fma(field[q], sw, dx);
        dx = Math.fma(field[q + 2], se, dx);
        float dy = field[r + 1] * nw;
        dy = Math.fma(field[r + 3], ne, dy);
        dy = Math.fma(field[q + 1], sw, dy);
        dy = Math.fma(field[q + 3], se, dy);
        return pack(clamp(gx + dx), clamp(gy + dy));
    }

    /** torch.clamp_(v, -1, 1) for finite v. */
    private static float clamp(float v) {
        return v < -1f ? -1f : (v > 1f ? 1f : v);
    }
}
