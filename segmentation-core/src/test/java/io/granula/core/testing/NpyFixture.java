package io.granula.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the little-endian float32 C-order .npy fixtures that python/make_test_model.py writes
 * (NumPy format 1.0/2.0: magic, header length, a Python dict literal, raw data). Test-only;
 * the product's .npy reader/writer belongs to the io module.
 */
public record NpyFixture(int[] shape, float[] data) {
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    public static NpyFixture resource(String name) {
        try (InputStream in = NpyFixture.class.getResourceAsStream("/models/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /models/" + name + " missing: run python/make_test_model.py");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static NpyFixture parse(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes[0] != (byte) 0x93 || !new String(bytes, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new IllegalArgumentException("not a .npy file");
        }
        int major = bytes[6];
        int headerLen = major == 1 ? Short.toUnsignedInt(buf.getShort(8)) : buf.getInt(8);
        int start = major == 1 ? 10 : 12;
        String header = new String(bytes, start, headerLen, StandardCharsets.US_ASCII);
        Matcher d = DESCR.matcher(header);
        Matcher o = ORDER.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !o.find() || !s.find() || !d.group(1).equals("<f4") || o.group(1).equals("True")) {
            throw new IllegalArgumentException("expected little-endian float32 C order, header " + header);
        }
        int[] shape = Arrays.stream(s.group(1).split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        float[] data = new float[n];
        buf.position(start + headerLen);
        buf.asFloatBuffer().get(data);
        return new NpyFixture(shape, data);
    }

    /** Plane {@code i} of a (planes, H, W) array. */
    public float[] plane(int i) {
        int n = shape[shape.length - 1] * shape[shape.length - 2];
        return Arrays.copyOfRange(data, i * n, (i + 1) * n);
    }
}
