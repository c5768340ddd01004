package io.granula.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes little-endian, C-order .npy files: format 1.0 when the header fits in 65535 bytes,
 * otherwise 2.0, header padded with spaces and a newline so the data starts on a 64-byte
 * boundary (numpy/lib/format.py, ARRAY_ALIGN = 64).
 */
final class NpyWriter {
    private static final int ALIGN = 64;
    private static final int CHUNK = 1 << 20;

    private NpyWriter() {
    }

    interface ElementSource {
        void put(ByteBuffer buf, int index);
    }

    static void write(Path path, NpyDType dtype, int[] shape, ElementSource source) throws IOException {
        AtomicFiles.writeVia(path, tmp -> writeTo(tmp, dtype, shape, source));
    }

    private static void writeTo(Path path, NpyDType dtype, int[] shape, ElementSource source) throws IOException {
        NpyHeader h = new NpyHeader(dtype, ByteOrder.LITTLE_ENDIAN, false, shape, 0);
        byte[] header = headerBytes(h.toDict());
        long n = h.elementCount();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, ByteBuffer.wrap(header));
            ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                if (buf.remaining() < dtype.size()) {
                    buf.flip();
                    writeFully(ch, buf);
                    buf.clear();
                }
                source.put(buf, i);
            }
            buf.flip();
            writeFully(ch, buf);
        }
    }

    static byte[] headerBytes(String dict) {
        byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
        boolean v1 = padded(10, text.length) - 10 <= 0xffff;
        int prefix = v1 ? 10 : 12;
        int padded = padded(prefix, text.length);
        int headerLen = padded - prefix;
        ByteBuffer b = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyReader.MAGIC).put((byte) (v1 ? 1 : 2)).put((byte) 0);
        if (v1) {
            b.putShort((short) headerLen);
        } else {
            b.putInt(headerLen);
        }
        b.put(text);
        while (b.position() < padded - 1) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }

    /** Prefix + dictionary + the closing newline, rounded up to the alignment. */
    private static int padded(int prefix, int textLength) {
        return (prefix + textLength + 1 + ALIGN - 1) / ALIGN * ALIGN;
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
