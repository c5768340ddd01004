package io.granula.core.image.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a single-page, single-channel, uncompressed, little-endian baseline TIFF in strips of
 * about 64 KiB (TIFF 6.0 sections 2-8, SampleFormat from section 19): the plainest layout, which
 * ImageJ, tifffile, Fiji and the JDK reader all open. Rows are streamed, so writing a large label
 * image needs no second copy of it.
 */
public final class TiffWriter {
    private static final int STRIP_BYTES = 1 << 16;
    private static final int BUFFER_BYTES = 1 << 20;

    /** Sample types Granula writes. */
    public enum SampleKind {
        UINT8(1, TiffTags.SAMPLE_UINT), UINT16(2, TiffTags.SAMPLE_UINT), UINT32(4, TiffTags.SAMPLE_UINT),
        FLOAT32(4, TiffTags.SAMPLE_FLOAT);

        final int bytes;
        final int sampleFormat;

        SampleKind(int bytes, int sampleFormat) {
            this.bytes = bytes;
            this.sampleFormat = sampleFormat;
        }

        public int bytes() {
            return bytes;
        }
    }

    /** Supplies row {@code y}: puts exactly {@code width} samples into {@code row} (little-endian). */
    @FunctionalInterface
    public interface RowSource {
        void putRow(int y, ByteBuffer row);
    }

    private TiffWriter() {
    }

    /**
     * @param description ImageDescription (270) text, or null for none
     */
    public static void writeGray(Path path, int width, int height, SampleKind kind, String description, RowSource rows)
            throws IOException {
        writeGray(path, width, height, kind, description, Double.NaN, rows);
    }

    /**
     * @param pixelsPerUnit X/YResolution with ResolutionUnit "none" (1), as ImageJ's TiffEncoder
     *                      stores a calibration in a unit TIFF has no code for (the unit itself goes
     *                      in the description's {@code unit=}); NaN writes no resolution
     */
    public static void writeGray(Path path, int width, int height, SampleKind kind, String description,
                                 double pixelsPerUnit, RowSource rows) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        long rowBytes = (long) width * kind.bytes;
        int rowsPerStrip = (int) Math.max(1, Math.min(height, STRIP_BYTES / rowBytes));
        int strips = (height + rowsPerStrip - 1) / rowsPerStrip;
        byte[] text = description == null ? null : (description + "\0").getBytes(StandardCharsets.UTF_8);

        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.longs(TiffTags.NEW_SUBFILE_TYPE, 0));
        entries.add(Entry.longs(TiffTags.IMAGE_WIDTH, width));
        entries.add(Entry.longs(TiffTags.IMAGE_LENGTH, height));
        entries.add(Entry.shorts(TiffTags.BITS_PER_SAMPLE, 8 * kind.bytes));
        entries.add(Entry.shorts(TiffTags.COMPRESSION, 1));
        entries.add(Entry.shorts(TiffTags.PHOTOMETRIC, 1)); // BlackIsZero
        if (text != null) {
            entries.add(new Entry(TiffTags.IMAGE_DESCRIPTION, TiffType.ASCII, text.length, text));
        }
        long[] stripOffsets = new long[strips];
        long[] stripCounts = new long[strips];
        Entry offsetsEntry = Entry.longs(TiffTags.STRIP_OFFSETS, stripOffsets);
        entries.add(offsetsEntry);
        entries.add(Entry.shorts(TiffTags.SAMPLES_PER_PIXEL, 1));
        entries.add(Entry.longs(TiffTags.ROWS_PER_STRIP, rowsPerStrip));
        entries.add(Entry.longs(TiffTags.STRIP_BYTE_COUNTS, stripCounts));
        boolean resolution = pixelsPerUnit > 0 && Double.isFinite(pixelsPerUnit);
        if (resolution) {
            entries.add(Entry.rational(TiffTags.X_RESOLUTION, pixelsPerUnit));
            entries.add(Entry.rational(TiffTags.Y_RESOLUTION, pixelsPerUnit));
        }
        entries.add(Entry.shorts(TiffTags.PLANAR_CONFIGURATION, 1));
        if (resolution) {
            entries.add(Entry.shorts(TiffTags.RESOLUTION_UNIT, 1));
        }
        entries.add(Entry.shorts(TiffTags.SAMPLE_FORMAT, kind.sampleFormat));

        long ifdBytes = 2 + 12L * entries.size() + 4;
        long extra = 0;
        for (Entry e : entries) {
            extra += e.outOfLineBytes();
        }
        long dataStart = align2(8 + ifdBytes + extra);
        long total = dataStart + rowBytes * height;
        if (total > 0xffffffffL) {
            throw new IOException(path + ": " + width + "x" + height + " image is over the 4 GiB a classic TIFF can hold");
        }
        for (int s = 0; s < strips; s++) {
            int rowsHere = Math.min(rowsPerStrip, height - s * rowsPerStrip);
            stripOffsets[s] = dataStart + (long) s * rowsPerStrip * rowBytes;
            stripCounts[s] = rowsHere * rowBytes;
        }

        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, header(entries, ifdBytes, dataStart));
            writeRows(ch, width, height, kind, rows);
        }
    }

    private static ByteBuffer header(List<Entry> entries, long ifdBytes, long dataStart) {
        ByteBuffer b = ByteBuffer.allocate((int) dataStart).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) entries.size());
        long extraAt = 8 + ifdBytes;
        for (Entry e : entries) {
            b.putShort((short) e.tag).putShort((short) e.type).putInt(e.count);
            if (e.outOfLineBytes() == 0) {
                int start = b.position();
                e.putValues(b);
                b.position(start + 4);
            } else {
                b.putInt((int) extraAt);
                int back = b.position();
                b.position((int) extraAt);
                e.putValues(b);
                extraAt = b.position();
                b.position(back);
            }
        }
        b.putInt(0); // no next page
        b.position(0);
        b.limit((int) dataStart);
        return b;
    }

    private static void writeRows(FileChannel ch, int width, int height, SampleKind kind, RowSource rows)
            throws IOException {
        int rowBytes = width * kind.bytes;
        ByteBuffer buf = ByteBuffer.allocate(Math.max(BUFFER_BYTES, rowBytes)).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < height; y++) {
            if (buf.remaining() < rowBytes) {
                buf.flip();
                writeFully(ch, buf);
                buf.clear();
            }
            int start = buf.position();
            ByteBuffer row = buf.slice(start, rowBytes).order(ByteOrder.LITTLE_ENDIAN);
            rows.putRow(y, row);
            if (row.position() != rowBytes) {
                throw new IllegalStateException("row " + y + " supplied " + row.position() + " bytes, expected " + rowBytes);
            }
            buf.position(start + rowBytes);
        }
        buf.flip();
        writeFully(ch, buf);
    }

    private static long align2(long v) {
        return (v + 1) & ~1L; // TIFF 6.0: values and data begin on word boundaries
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** One IFD entry; values are SHORT/LONG numbers or raw ASCII bytes. */
    private record Entry(int tag, int type, int count, Object values) {
        static Entry shorts(int tag, int value) {
            return new Entry(tag, TiffType.SHORT, 1, new long[]{value});
        }

        static Entry longs(int tag, long... values) {
            return new Entry(tag, TiffType.LONG, values.length, values);
        }

        /** A positive value as a RATIONAL with the largest denominator (up to 10^9) its numerator allows. */
        static Entry rational(int tag, double value) {
            long den = (long) Math.min(1e9, Math.floor(0xffffffffL / Math.max(1.0, value)));
            long num = Math.round(value * den);
            return new Entry(tag, TiffType.RATIONAL, 1, new long[]{num, den});
        }

        long outOfLineBytes() {
            long bytes = (long) count * TiffType.size(type);
            return bytes <= 4 ? 0 : align2(bytes);
        }

        void putValues(ByteBuffer b) {
            if (values instanceof byte[] raw) {
                b.put(raw);
            } else {
                for (long v : (long[]) values) {
                    if (type == TiffType.SHORT) {
                        b.putShort((short) v);
                    } else {
                        b.putInt((int) v);
                    }
                }
            }
            if ((b.position() & 1) != 0) {
                b.put((byte) 0);
            }
        }
    }
}
