package io.granula.core.io;

/** An n-dimensional array read from or written to .npy as floats, C (row-major) order. */
public record NpyFloatArray(int[] shape, float[] data) {
    public NpyFloatArray {
        shape = shape.clone();
        Npy.checkLength(shape, data.length);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }
}
