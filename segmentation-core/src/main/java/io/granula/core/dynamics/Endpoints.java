package io.granula.core.dynamics;

/**
 * Where each moving pixel ended after the Euler steps, as Cellpose's {@code p_final.int()}:
 * {@code pixels[j]} is the raster index of the j-th pixel with cellprob above threshold,
 * {@code ends[j]} the raster index {@code y * width + x} of its final integer position (truncated,
 * inside the image). One index rather than a row and a column: 4 bytes per moving pixel less at
 * the peak of a large image (issue 19, docs/large-images.md).
 */
public record Endpoints(int width, int height, int[] pixels, int[] ends) {
    public Endpoints {
        if (ends.length != pixels.length) {
            throw new IllegalArgumentException("endpoint arrays differ in length");
        }
    }

    /** End points given as rows and columns, each inside the image. */
    public static Endpoints of(int width, int height, int[] pixels, int[] endY, int[] endX) {
        if (endY.length != pixels.length || endX.length != pixels.length) {
            throw new IllegalArgumentException("endpoint arrays differ in length");
        }
        int[] ends = new int[pixels.length];
        for (int j = 0; j < ends.length; j++) {
            if (endY[j] < 0 || endY[j] >= height || endX[j] < 0 || endX[j] >= width) {
                throw new IllegalArgumentException("end point " + endX[j] + "," + endY[j] + " outside " + width + "x" + height);
            }
            ends[j] = endY[j] * width + endX[j];
        }
        return new Endpoints(width, height, pixels, ends);
    }

    public int count() {
        return pixels.length;
    }

    /** The rows of the end points (a new array). */
    public int[] endY() {
        int[] y = new int[ends.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = ends[j] / width;
        }
        return y;
    }

    /** The columns of the end points (a new array). */
    public int[] endX() {
        int[] x = new int[ends.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = ends[j] % width;
        }
        return x;
    }
}
