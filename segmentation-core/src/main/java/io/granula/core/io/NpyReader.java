package io.granula.core.io;

import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.image.MemoryBudget;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads .npy files (numpy/lib/format.py): the magic string, a version, a little-endian header
 * length (2 bytes in 1.0, 4 bytes in 2.0/3.0), the header dictionary, then the raw elements.
 * Elements are streamed through a small buffer straight into the result array so a large flow
 * field costs its own size in memory, not twice.
 */
final class NpyReader {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int CHUNK = 1 << 20;
    private static final int MAX_HEADER = 1 << 20;

    private NpyReader() {
    }

    static NpyHeader readHeader(Path path) throws ImageReadException {
        try (FileChannel ch = open(path)) {
            return readHeader(path, ch);
        } catch (ImageReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    static float[] readFloats(Path path, NpyHeader h) throws ImageReadException {
        checkFits(path, h);
        float[] out = new float[(int) h.elementCount()];
        stream(path, h, (buf, i) -> {
            out[i] = (float) element(buf, h.dtype());
        });
        return h.fortranOrder() ? NpyOrder.fortranToC(h.shape(), out) : out;
    }

    static int[] readInts(Path path, NpyHeader h) throws ImageReadException {
        checkFits(path, h);
        if (h.dtype().isFloat()) {
            throw new ImageReadException(path, "expected an integer array, found " + h.dtype().numpyName());
        }
        int[] out = new int[(int) h.elementCount()];
        long[] bad = {-1};
        stream(path, h, (buf, i) -> {
            double v = element(buf, h.dtype());
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                bad[0] = i;
                v = 0;
            }
            out[i] = (int) v;
        });
        if (bad[0] >= 0) {
            throw new ImageReadException(path, "element " + bad[0] + " does not fit a 32-bit integer");
        }
        return h.fortranOrder() ? NpyOrder.fortranToC(h.shape(), out) : out;
    }

    private interface ElementSink {
        void accept(ByteBuffer buf, int index);
    }

    private static FileChannel open(Path path) throws IOException {
        ImageReaders.checkReadableFile(path, "a .npy file");
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new ImageReadException(path, "file not found");
        }
    }

    private static NpyHeader readHeader(Path path, FileChannel ch) throws IOException {
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, pre, 0);
        if (pre.position() < 10 || !hasMagic(pre)) {
            throw new ImageReadException(path, "not a NumPy .npy file (no \\x93NUMPY signature)");
        }
        int major = pre.get(6) & 0xff;
        long headerLen;
        int prefix;
        if (major == 1) {
            headerLen = pre.getShort(8) & 0xffff;
            prefix = 10;
        } else if (major == 2 || major == 3) {
            if (pre.position() < 12) {
                throw new ImageReadException(path, "truncated .npy header");
            }
            headerLen = pre.getInt(8) & 0xffffffffL;
            prefix = 12;
        } else {
            throw new ImageReadException(path, "unsupported .npy format version " + major + "." + (pre.get(7) & 0xff));
        }
        if (headerLen > MAX_HEADER) {
            throw new ImageReadException(path, "corrupt .npy header (declares " + headerLen + " header bytes)");
        }
        ByteBuffer dict = ByteBuffer.allocate((int) headerLen);
        readFully(ch, dict, prefix);
        if (dict.hasRemaining()) {
            throw new ImageReadException(path, "truncated .npy header");
        }
        // Version 3.0 allows UTF-8 in the header; 1.0/2.0 are Latin-1, a subset for every valid header.
        String text = new String(dict.array(), StandardCharsets.UTF_8);
        NpyHeader h;
        try {
            h = NpyHeader.parse(text, prefix + headerLen);
        } catch (IllegalArgumentException e) {
            throw new ImageReadException(path, "bad .npy header: " + e.getMessage());
        }
        long need = h.dataOffset() + h.dataBytes();
        if (ch.size() < need) {
            throw new ImageReadException(path, "truncated: header declares " + h.dtype().numpyName() + " "
                    + h.shapeText() + " (" + h.dataBytes() + " data bytes) but the file holds "
                    + Math.max(0, ch.size() - h.dataOffset()));
        }
        return h;
    }

    private static boolean hasMagic(ByteBuffer pre) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (pre.get(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static void checkFits(Path path, NpyHeader h) throws ImageReadException {
        if (h.elementCount() > Integer.MAX_VALUE - 8) {
            throw new ImageReadException(path, "array " + h.shapeText() + " has more than 2^31 elements, too large to load");
        }
        long bytes = h.elementCount() * 4L;
        long free = MemoryBudget.availableBytes();
        if (bytes > free) {
            throw new ImageReadException(path, "array " + h.shapeText() + " needs " + (bytes >> 20)
                    + " MiB but only " + (free >> 20) + " MiB of Java heap is free (raise -Xmx)");
        }
    }

    private static void stream(Path path, NpyHeader h, ElementSink sink) throws ImageReadException {
        int size = h.dtype().size();
        ByteBuffer buf = ByteBuffer.allocate(CHUNK - CHUNK % 8).order(h.order());
        try (FileChannel ch = open(path)) {
            long pos = h.dataOffset();
            long remaining = h.elementCount();
            int index = 0;
            while (remaining > 0) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), remaining * size));
                readFully(ch, buf, pos);
                if (buf.hasRemaining()) {
                    throw new ImageReadException(path, "truncated: data ends after " + index + " of "
                            + h.elementCount() + " elements");
                }
                pos += buf.limit();
                buf.flip();
                while (buf.hasRemaining()) {
                    sink.accept(buf, index++);
                }
                remaining -= buf.limit() / size;
            }
        } catch (ImageReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                return;
            }
            pos += n;
        }
    }

    /** Reads one element at the buffer's position, advancing it. */
    private static double element(ByteBuffer b, NpyDType t) {
        return switch (t) {
            case BOOL, UINT8 -> b.get() & 0xff;
            case INT8 -> b.get();
            case INT16 -> b.getShort();
            case UINT16 -> b.getShort() & 0xffff;
            case INT32 -> b.getInt();
            case UINT32 -> b.getInt() & 0xffffffffL;
            case INT64 -> b.getLong();
            case UINT64 -> {
                long v = b.getLong();
                yield v >= 0 ? v : 0x1p64 + v;
            }
            case FLOAT32 -> b.getFloat();
            case FLOAT64 -> b.getDouble();
        };
    }
}
