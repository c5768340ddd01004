package io.granula.core.flow;

/**
 * A Cellpose-convention network output for one image: {@code dy}, {@code dx} (about 5 in length
 * inside objects; Cellpose trains on 5x the unit flows) and {@code cellprob} (a logit), each
 * {@code width*height} floats in raster order. On disk it is a float32 {@code (3, H, W)} .npy.
 */
public record FlowField(int width, int height, float[] dy, float[] dx, float[] cellprob) {
    public FlowField {
        long n = (long) width * height;
        if (dy.length != n || dx.length != n || cellprob.length != n) {
            throw new IllegalArgumentException("flow planes must each hold " + width + "x" + height + " values");
        }
    }
}
