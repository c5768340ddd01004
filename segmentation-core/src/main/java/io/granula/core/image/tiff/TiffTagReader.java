package io.granula.core.image.tiff;

import io.granula.core.image.ImageReadException;
import io.granula.core.image.TagText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every tag of every directory of a classic TIFF (TIFF 6.0, section 2), private tags
 * included, checking each offset against the file length so a truncated or corrupt file is
 * named as such instead of failing later. Pixel data is not read here.
 */
public final class TiffTagReader {
    /** More pages than any micrograph stack; guards against IFD chains that loop or never end. */
    private static final int MAX_DIRECTORIES = 100_000;
    /** Entries per directory: real files have a few dozen. */
    private static final int MAX_ENTRIES = 4096;

    private TiffTagReader() {
    }

    public static TiffFile read(Path path) throws ImageReadException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(path, ch);
        } catch (ImageReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    private static TiffFile read(Path path, FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer head = readAt(path, ch, 0, 8, ByteOrder.LITTLE_ENDIAN, "TIFF header");
        ByteOrder order;
        if (head.get(0) == 'I' && head.get(1) == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (head.get(0) == 'M' && head.get(1) == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new ImageReadException(path, "not a TIFF file");
        }
        head.order(order);
        int magic = head.getShort(2) & 0xffff;
        if (magic == 43) {
            throw new ImageReadException(path, "BigTIFF (over 4 GB layout) is not supported; save as classic TIFF");
        }
        if (magic != 42) {
            throw new ImageReadException(path, "not a TIFF file (bad version number " + magic + ")");
        }
        List<TiffDirectory> dirs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long offset = head.getInt(4) & 0xffffffffL;
        while (offset != 0) {
            if (!seen.add(offset) || dirs.size() >= MAX_DIRECTORIES) {
                throw new ImageReadException(path, "corrupt TIFF: its page chain loops");
            }
            if (offset + 2 > size) {
                throw new ImageReadException(path, "truncated or corrupt TIFF: page " + (dirs.size() + 1)
                        + " starts at byte " + offset + " beyond the end of the file (" + size + " bytes)");
            }
            int n = readAt(path, ch, offset, 2, order, "page directory").getShort(0) & 0xffff;
            if (n == 0 || n > MAX_ENTRIES) {
                throw new ImageReadException(path, "corrupt TIFF: page " + (dirs.size() + 1) + " declares " + n + " tags");
            }
            ByteBuffer entries = readAt(path, ch, offset + 2, 12L * n + 4, order, "page directory");
            dirs.add(new TiffDirectory(readEntries(path, ch, entries, n, order, size)));
            offset = entries.getInt(12 * n) & 0xffffffffL;
        }
        if (dirs.isEmpty()) {
            throw new ImageReadException(path, "corrupt TIFF: no image in the file");
        }
        return new TiffFile(path, order, size, dirs);
    }

    private static Map<Integer, Object> readEntries(Path path, FileChannel ch, ByteBuffer entries, int n,
                                                    ByteOrder order, long fileSize) throws IOException {
        Map<Integer, Object> tags = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int at = 12 * i;
            int tag = entries.getShort(at) & 0xffff;
            int type = entries.getShort(at + 2) & 0xffff;
            long count = entries.getInt(at + 4) & 0xffffffffL;
            int unit = TiffType.size(type);
            if (unit == 0) {
                continue; // TIFF 6.0: readers skip fields of unknown type
            }
            long bytes = count * unit;
            ByteBuffer value;
            if (bytes <= 4) {
                value = entries.duplicate().order(order).position(at + 8).limit(at + 8 + (int) bytes).slice().order(order);
            } else {
                long valueOffset = entries.getInt(at + 8) & 0xffffffffL;
                if (valueOffset + bytes > fileSize) {
                    throw new ImageReadException(path, "truncated or corrupt TIFF: tag " + tag + " holds " + bytes
                            + " bytes at " + valueOffset + ", beyond the end of the file (" + fileSize + " bytes)");
                }
                value = readAt(path, ch, valueOffset, bytes, order, "tag " + tag);
            }
            tags.put(tag, decode(type, (int) count, value));
        }
        return tags;
    }

    private static Object decode(int type, int count, ByteBuffer b) {
        switch (type) {
            case TiffType.ASCII:
                return ascii(b);
            case TiffType.BYTE, TiffType.SBYTE, TiffType.UNDEFINED: {
                byte[] out = new byte[count];
                b.get(0, out);
                return out;
            }
            case TiffType.RATIONAL, TiffType.SRATIONAL: {
                double[] out = new double[count];
                for (int i = 0; i < count; i++) {
                    long num = b.getInt(8 * i);
                    long den = b.getInt(8 * i + 4);
                    if (type == TiffType.RATIONAL) {
                        num &= 0xffffffffL;
                        den &= 0xffffffffL;
                    }
                    out[i] = den == 0 ? Double.NaN : (double) num / den;
                }
                return out;
            }
            case TiffType.FLOAT, TiffType.DOUBLE: {
                double[] out = new double[count];
                for (int i = 0; i < count; i++) {
                    out[i] = type == TiffType.FLOAT ? b.getFloat(4 * i) : b.getDouble(8 * i);
                }
                return out;
            }
            default: {
                long[] out = new long[count];
                for (int i = 0; i < count; i++) {
                    out[i] = switch (type) {
                        case TiffType.SHORT -> b.getShort(2 * i) & 0xffff;
                        case TiffType.SSHORT -> b.getShort(2 * i);
                        case TiffType.SLONG -> b.getInt(4 * i);
                        default -> b.getInt(4 * i) & 0xffffffffL; // LONG, IFD
                    };
                }
                return out;
            }
        }
    }

    /** ASCII text without its NUL terminator (see {@link TagText} for the character set). */
    private static String ascii(ByteBuffer b) {
        byte[] raw = new byte[b.limit()];
        b.get(0, raw);
        return TagText.decode(raw);
    }

    private static ByteBuffer readAt(Path path, FileChannel ch, long pos, long length, ByteOrder order, String what)
            throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new ImageReadException(path, "corrupt TIFF: " + what + " declares " + length + " bytes");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) length).order(order);
        long p = pos;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, p);
            if (n < 0) {
                throw new ImageReadException(path, pos == 0 ? "not a TIFF file (too short)"
                        : "truncated TIFF: " + what + " ends beyond the end of the file");
            }
            p += n;
        }
        return buf;
    }
}
