package io.granula.core.dynamics;

/**
 * Where each moving pixel ended after the Euler steps, as Cellpose's {@code p_final.int()}:
 * {@code pixels[j]} is the raster index of the j-th pixel with cellprob above threshold,
 * {@code endY[j]}, {@code endX[j]} its final integer position (truncated, inside the image).
 */
public record Endpoints(int width, int height, int[] pixels, int[] endY, int[] endX) {
    public Endpoints {
        if (endY.length != pixels.length || endX.length != pixels.length) {
            throw new IllegalArgumentException("endpoint arrays differ in length");
        }
    }

    public int count() {
        return pixels.length;
    }
}
