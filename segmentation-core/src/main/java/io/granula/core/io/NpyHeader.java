package io.granula.core.io;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a .npy file (format versions 1.0, 2.0 and 3.0 as specified in
 * numpy/lib/format.py): element type, byte order, memory order and shape.
 *
 * @param dataOffset byte offset of the first element in the file
 */
public record NpyHeader(NpyDType dtype, ByteOrder order, boolean fortranOrder, int[] shape, long dataOffset) {
    private static final Pattern OBJECT_DESCR = Pattern.compile("'descr'\\s*:\\s*'[<>|=]O'");
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-zA-Z])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    public NpyHeader {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements (product of the shape; 1 for a 0-d array). */
    public long elementCount() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** Bytes of element data the header promises. */
    public long dataBytes() {
        return elementCount() * dtype.size();
    }

    /** The shape as NumPy prints it, e.g. "(3, 512, 512)". */
    public String shapeText() {
        return shapeText(shape);
    }

    static String shapeText(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return "(" + String.join(", ", Arrays.stream(shape).mapToObj(Integer::toString).toArray(String[]::new)) + ")";
    }

    /**
     * Parses the header dictionary, a Python literal such as
     * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 64, 64), }}.
     *
     * @throws IllegalArgumentException with the problem when the dictionary is not a valid header
     */
    static NpyHeader parse(String dict, long dataOffset) {
        Matcher d = DESCR.matcher(dict);
        if (OBJECT_DESCR.matcher(dict).find()) {
            throw new IllegalArgumentException("an array of Python objects (pickled data, dtype 'O'), which Granula never "
                    + "unpickles; save the array as float32");
        }
        if (!d.find()) {
            throw new IllegalArgumentException("header has no simple 'descr' (structured arrays are not supported): " + dict.trim());
        }
        char kind = d.group(2).charAt(0);
        int size = Integer.parseInt(d.group(3));
        NpyDType dtype = NpyDType.of(kind, size);
        if (dtype == null) {
            throw new IllegalArgumentException("unsupported element type '" + d.group(1) + d.group(2) + d.group(3) + "'");
        }
        // '|' means byte order does not apply (1-byte types); '=' is the writer's native order, which
        // NumPy never writes to files but some other writers do: take little-endian as NumPy does on x86.
        ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Matcher f = FORTRAN.matcher(dict);
        if (!f.find()) {
            throw new IllegalArgumentException("header has no 'fortran_order': " + dict.trim());
        }
        Matcher s = SHAPE.matcher(dict);
        if (!s.find()) {
            throw new IllegalArgumentException("header has no 'shape': " + dict.trim());
        }
        return new NpyHeader(dtype, order, f.group(1).equals("True"), parseShape(s.group(1)), dataOffset);
    }

    private static int[] parseShape(String tuple) {
        String[] parts = tuple.split(",");
        return Arrays.stream(parts).map(String::trim).filter(p -> !p.isEmpty()).mapToInt(p -> {
            String digits = p.endsWith("L") ? p.substring(0, p.length() - 1) : p; // Python 2 longs
            long v;
            try {
                v = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad shape entry '" + p + "'");
            }
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape entry out of range: " + p);
            }
            return (int) v;
        }).toArray();
    }

    /** The header dictionary Granula writes (C order); padded by {@link Npy} to a 64-byte boundary. */
    String toDict() {
        String byteOrder = dtype.size() == 1 ? "|" : (order == ByteOrder.BIG_ENDIAN ? ">" : "<");
        return "{'descr': '" + byteOrder + dtype.code() + "', 'fortran_order': " + (fortranOrder ? "True" : "False")
                + ", 'shape': " + shapeText() + ", }";
    }
}
