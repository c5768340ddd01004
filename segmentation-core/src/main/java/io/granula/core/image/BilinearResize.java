package io.granula.core.image;

/**
 * Bilinear resampling on pixel centres, the definition of OpenCV's {@code cv2.resize(...,
 * INTER_LINEAR)} that Cellpose uses (cellpose/transforms.py resize_image) and of PyTorch's
 * {@code interpolate(mode="bilinear", align_corners=False)}: output pixel {@code d} samples the
 * source at {@code (d + 0.5) * in / out - 0.5}, clamped at 0 below and at the last pixel above.
 * No antialiasing when shrinking (neither library does it for this mode).
 */
public final class BilinearResize {
    private BilinearResize() {
    }

    public static float[] resize(float[] plane, int width, int height, int newWidth, int newHeight) {
        if (plane.length != (long) width * height) {
            throw new IllegalArgumentException("plane length " + plane.length + " != " + width + "x" + height);
        }
        if (newWidth <= 0 || newHeight <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + newWidth + "x" + newHeight);
        }
        Axis ax = new Axis(width, newWidth);
        Axis ay = new Axis(height, newHeight);
        float[] out = new float[Math.multiplyExact(newWidth, newHeight)];
        for (int y = 0; y < newHeight; y++) {
            int row0 = ay.i0[y] * width;
            int row1 = ay.i1[y] * width;
            float fy = ay.f[y];
            int o = y * newWidth;
            for (int x = 0; x < newWidth; x++) {
                int x0 = ax.i0[x];
                int x1 = ax.i1[x];
                float fx = ax.f[x];
                float top = plane[row0 + x0] + fx * (plane[row0 + x1] - plane[row0 + x0]);
                float bottom = plane[row1 + x0] + fx * (plane[row1 + x1] - plane[row1 + x0]);
                out[o + x] = top + fy * (bottom - top);
            }
        }
        return out;
    }

    /** Source index pair and weight of each output position along one axis. */
    private static final class Axis {
        final int[] i0;
        final int[] i1;
        final float[] f;

        Axis(int in, int out) {
            i0 = new int[out];
            i1 = new int[out];
            f = new float[out];
            double scale = (double) in / out;
            for (int d = 0; d < out; d++) {
                double s = Math.max(0.0, (d + 0.5) * scale - 0.5);
                int s0 = Math.min((int) s, in - 1);
                i0[d] = s0;
                i1[d] = Math.min(s0 + 1, in - 1);
                f[d] = s0 == in - 1 ? 0f : (float) (s - s0);
            }
        }
    }
}
