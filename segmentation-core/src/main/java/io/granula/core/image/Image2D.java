package io.granula.core.image;

import java.util.Objects;

/**
 * One 2D image plane set: {@code channels} planes of {@code width*height} float values in raster
 * order (index {@code y*width + x}). Values keep the file's numeric range (0..255 for 8-bit,
 * 0..65535 for 16-bit) so measurements report intensities a microscopist recognises.
 *
 * <p>Arrays are shared, not copied: an Image2D is a value by convention, callers do not mutate it.
 */
public final class Image2D {
    private final int width;
    private final int height;
    private final float[][] planes;
    private final PixelType pixelType;

    public Image2D(int width, int height, PixelType pixelType, float[]... planes) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (planes.length == 0) {
            throw new IllegalArgumentException("an image needs at least one channel");
        }
        for (float[] p : planes) {
            if (p.length != (long) width * height) {
                throw new IllegalArgumentException("plane length " + p.length + " != " + width + "x" + height);
            }
        }
        this.width = width;
        this.height = height;
        this.planes = planes.clone();
        this.pixelType = Objects.requireNonNull(pixelType);
    }

    public static Image2D gray(int width, int height, float[] pixels) {
        return new Image2D(width, height, PixelType.FLOAT32, pixels);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int channels() {
        return planes.length;
    }

    public PixelType pixelType() {
        return pixelType;
    }

    /** The raw plane of channel {@code c}, raster order. */
    public float[] plane(int c) {
        return planes[c];
    }

    /** The rectangle (x0, y0, w, h) of every channel as a new image (the rectangle must lie inside). */
    public Image2D crop(int x0, int y0, int w, int h) {
        if (x0 < 0 || y0 < 0 || w <= 0 || h <= 0 || x0 + w > width || y0 + h > height) {
            throw new IllegalArgumentException("crop " + x0 + "," + y0 + " " + w + "x" + h + " outside " + width + "x" + height);
        }
        float[][] out = new float[planes.length][];
        for (int c = 0; c < planes.length; c++) {
            float[] dst = new float[w * h];
            for (int r = 0; r < h; r++) {
                System.arraycopy(planes[c], (y0 + r) * width + x0, dst, r * w, w);
            }
            out[c] = dst;
        }
        return new Image2D(w, h, pixelType, out);
    }

    public float get(int c, int x, int y) {
        return planes[c][y * width + x];
    }

    /**
     * Single-channel view: the image itself when it has one channel, otherwise the
     * ITU-R BT.601 luma (0.299 R + 0.587 G + 0.114 B) of the first three channels, the
     * same weights ImageJ uses when "Weighted RGB conversions" is on.
     */
    public Image2D toGray() {
        if (planes.length == 1) {
            return this;
        }
        float[] out = new float[width * height];
        if (planes.length >= 3) {
            float[] r = planes[0], g = planes[1], b = planes[2];
            for (int i = 0; i < out.length; i++) {
                out[i] = 0.299f * r[i] + 0.587f * g[i] + 0.114f * b[i];
            }
        } else {
            for (float[] p : planes) {
                for (int i = 0; i < out.length; i++) {
                    out[i] += p[i] / planes.length;
                }
            }
        }
        return new Image2D(width, height, pixelType, out);
    }
}
