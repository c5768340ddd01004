package io.granula.core.label;

/**
 * Nearest-neighbour resizing of a label image (ids are not numbers to interpolate), as
 * Cellpose brings masks found at the network's scale back to the image
 * (transforms.resize_image with cv2.INTER_NEAREST when {@code resample=False}). Pixel centres
 * are aligned (output pixel x samples input x' = floor((x + 0.5) * inWidth / outWidth)) rather
 * than OpenCV's floor(x * scale), so a mask does not drift by up to one input pixel.
 */
public final class LabelResize {
    private LabelResize() {
    }

    /** The labels at {@code width x height}; ids are kept (a small mask may vanish, so ids can have gaps). */
    public static int[] nearest(LabelImage labels, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("label image size must be positive, got " + width + "x" + height);
        }
        int sw = labels.width();
        int sh = labels.height();
        int[] src = labels.labels();
        int[] column = new int[width];
        for (int x = 0; x < width; x++) {
            column[x] = Math.min(sw - 1, (int) ((x + 0.5) * sw / width));
        }
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            int row = Math.min(sh - 1, (int) ((y + 0.5) * sh / height)) * sw;
            for (int x = 0; x < width; x++) {
                out[y * width + x] = src[row + column[x]];
            }
        }
        return out;
    }
}
