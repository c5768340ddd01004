package io.granula.core.io;

/** An n-dimensional integer array read from or written to .npy, C (row-major) order. */
public record NpyIntArray(int[] shape, int[] data) {
    public NpyIntArray {
        shape = shape.clone();
        Npy.checkLength(shape, data.length);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }
}
