package io.granula.core.image.tiff;

import java.util.Map;
import java.util.Optional;

/**
 * One image file directory (IFD, one page) with its raw tag values by tag number: {@code String}
 * for ASCII, {@code long[]} for integer types, {@code double[]} for rational and floating types,
 * {@code byte[]} for BYTE/SBYTE/UNDEFINED (the representation {@link io.granula.core.image.ImageMetadata} documents).
 */
public record TiffDirectory(Map<Integer, Object> tags) {
    public TiffDirectory {
        tags = Map.copyOf(tags);
    }

    public long width() {
        return first(TiffTags.IMAGE_WIDTH, 0);
    }

    public long height() {
        return first(TiffTags.IMAGE_LENGTH, 0);
    }

    public int samplesPerPixel() {
        return (int) first(TiffTags.SAMPLES_PER_PIXEL, 1);
    }

    /** The largest BitsPerSample (TIFF default 1). */
    public int bitsPerSample() {
        long[] b = longs(TiffTags.BITS_PER_SAMPLE);
        long max = b.length == 0 ? 1 : 0;
        for (long v : b) {
            max = Math.max(max, v);
        }
        return (int) max;
    }

    public int sampleFormat() {
        return (int) first(TiffTags.SAMPLE_FORMAT, TiffTags.SAMPLE_UINT);
    }

    public int compression() {
        return (int) first(TiffTags.COMPRESSION, 1);
    }

    /** True for reduced-resolution copies (thumbnails, pyramid levels): NewSubfileType bit 0. */
    public boolean isReducedResolution() {
        return (first(TiffTags.NEW_SUBFILE_TYPE, 0) & 1) != 0;
    }

    public Optional<String> string(int tag) {
        return tags.get(tag) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** Integer values of a tag, or an empty array when absent or not integer-typed. */
    public long[] longs(int tag) {
        return tags.get(tag) instanceof long[] v ? v.clone() : new long[0];
    }

    /** First value of an integer or floating tag, NaN when absent. */
    public double firstDouble(int tag) {
        Object v = tags.get(tag);
        if (v instanceof double[] d && d.length > 0) {
            return d[0];
        }
        if (v instanceof long[] l && l.length > 0) {
            return l[0];
        }
        return Double.NaN;
    }

    public long first(int tag, long absent) {
        Object v = tags.get(tag);
        return v instanceof long[] l && l.length > 0 ? l[0] : absent;
    }
}
