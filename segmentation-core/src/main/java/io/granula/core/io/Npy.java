package io.granula.core.io;

import io.granula.core.flow.FlowField;
import io.granula.core.image.ImageReadException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * NumPy .npy files: the flow-field exchange format of the command line ({@code masks --flows})
 * and a way to hand arrays to and from Python. Reads format 1.0/2.0/3.0, either byte order,
 * C or Fortran order, bool/int/uint 8-64 bit and float32/float64; writes little-endian C order.
 * Bad files raise {@link ImageReadException} naming the file and the problem.
 */
public final class Npy {
    private Npy() {
    }

    /** The header alone (type, order, shape), checked against the file's length. */
    public static NpyHeader header(Path path) throws ImageReadException {
        return NpyReader.readHeader(path);
    }

    /** Any numeric array as floats (exact for float32 and for integers up to 2^24). */
    public static NpyFloatArray readFloats(Path path) throws ImageReadException {
        NpyHeader h = NpyReader.readHeader(path);
        return new NpyFloatArray(h.shape(), NpyReader.readFloats(path, h));
    }

    /** An integer (or bool) array whose values fit a Java int; float arrays are refused. */
    public static NpyIntArray readInts(Path path) throws ImageReadException {
        NpyHeader h = NpyReader.readHeader(path);
        return new NpyIntArray(h.shape(), NpyReader.readInts(path, h));
    }

    /**
     * A Cellpose-convention flow field: float32 {@code (3, H, W)} holding {@code [dY, dX, cellprob]}
     * (float64 is accepted and narrowed, as Cellpose itself computes in float32).
     */
    public static FlowField readFlows(Path path) throws ImageReadException {
        NpyHeader h = NpyReader.readHeader(path);
        int[] s = h.shape();
        if (!h.dtype().isFloat()) {
            throw new ImageReadException(path, "flows must be float32 (3, H, W) = [dY, dX, cellprob]; found "
                    + h.dtype().numpyName() + " " + h.shapeText());
        }
        if (s.length != 3 || s[0] != 3 || s[1] == 0 || s[2] == 0) {
            throw new ImageReadException(path, "flows must have shape (3, H, W) = [dY, dX, cellprob]; found "
                    + h.shapeText());
        }
        float[] all = NpyReader.readFloats(path, h);
        int plane = s[1] * s[2];
        return new FlowField(s[2], s[1], Arrays.copyOfRange(all, 0, plane),
                Arrays.copyOfRange(all, plane, 2 * plane), Arrays.copyOfRange(all, 2 * plane, 3 * plane));
    }

    /** Writes flows as float32 {@code (3, H, W)} = {@code [dY, dX, cellprob]}. */
    public static void writeFlows(FlowField flows, Path path) throws IOException {
        int plane = flows.width() * flows.height();
        float[][] planes = {flows.dy(), flows.dx(), flows.cellprob()};
        NpyWriter.write(path, NpyDType.FLOAT32, new int[]{3, flows.height(), flows.width()},
                (buf, i) -> buf.putFloat(planes[i / plane][i % plane]));
    }

    public static void writeFloats(Path path, int[] shape, float[] data) throws IOException {
        checkLength(shape, data.length);
        NpyWriter.write(path, NpyDType.FLOAT32, shape, (buf, i) -> buf.putFloat(data[i]));
    }

    /** Writes int32 ('<i4'). */
    public static void writeInts(Path path, int[] shape, int[] data) throws IOException {
        checkLength(shape, data.length);
        NpyWriter.write(path, NpyDType.INT32, shape, (buf, i) -> buf.putInt(data[i]));
    }

    static void checkLength(int[] shape, int length) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + NpyHeader.shapeText(shape));
            }
            n *= d;
        }
        if (n != length) {
            throw new IllegalArgumentException("shape " + NpyHeader.shapeText(shape) + " holds " + n
                    + " elements, data has " + length);
        }
    }
}
