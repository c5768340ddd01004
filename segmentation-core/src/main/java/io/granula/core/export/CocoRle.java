package io.granula.core.export;

import java.util.Arrays;

/**
 * COCO run-length encoding of a binary mask (the format of pycocotools' {@code mask.encode}): the mask is
 * read column by column (Fortran order, index x * height + y), and {@code counts} alternates runs of 0s and
 * 1s starting with 0s (so it may start with a zero-length run). The compressed form writes each count,
 * from the third on as the difference to the count two places back, in 5-bit groups, least significant
 * first, as characters 48..111 with bit 0x20 meaning "more follows" and bit 0x10 of the last group the sign.
 *
 * @param counts alternating run lengths summing to height * width
 */
public record CocoRle(int height, int width, long[] counts) {

    /** Encodes the pixels of {@code labels} equal to {@code label} within the given bounding box. */
    public static CocoRle encode(int[] labels, int width, int height, int label, int minX, int minY, int maxX, int maxY) {
        long[] counts = new long[16];
        int n = 0;
        long last = 0; // column-major index where the current run of zeros started
        boolean inside = false;
        boolean contiguous = minY == 0 && maxY == height - 1; // bbox columns follow each other in column order
        for (int x = minX; x <= maxX; x++) {
            for (int y = minY; y <= maxY + 1; y++) {
                // y == maxY + 1 stands for the pixels between this bbox column and the next: all outside
                boolean on = y <= maxY && labels[y * width + x] == label;
                if (y > maxY && contiguous && x < maxX) {
                    break;
                }
                if (on != inside) {
                    long at = (long) x * height + y;
                    if (n + 1 >= counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[n++] = at - last;
                    last = at;
                    inside = on;
                }
            }
        }
        long end = (long) width * height;
        if (n + 2 >= counts.length) {
            counts = Arrays.copyOf(counts, counts.length + 2);
        }
        if (end > last || n == 0) {
            counts[n++] = end - last;
        }
        return new CocoRle(height, width, Arrays.copyOf(counts, n));
    }

    /** The mask in raster order (index y * width + x). */
    public boolean[] decode() {
        boolean[] mask = new boolean[width * height];
        long at = 0;
        boolean on = false;
        for (long run : counts) {
            if (on) {
                for (long i = at; i < at + run; i++) {
                    int x = (int) (i / height), y = (int) (i % height);
                    mask[y * width + x] = true;
                }
            }
            at += run;
            on = !on;
        }
        if (at != (long) width * height) {
            throw new IllegalArgumentException("RLE counts sum to " + at + ", expected " + width + "x" + height);
        }
        return mask;
    }

    public long area() {
        long a = 0;
        for (int i = 1; i < counts.length; i += 2) {
            a += counts[i];
        }
        return a;
    }

    /** The compressed string form of {@code counts}. */
    public String compressed() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            long x = counts[i];
            if (i > 2) {
                x -= counts[i - 2];
            }
            boolean more = true;
            while (more) {
                int c = (int) (x & 0x1f);
                x >>= 5;
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more) {
                    c |= 0x20;
                }
                sb.append((char) (c + 48));
            }
        }
        return sb.toString();
    }

    public static CocoRle fromCompressed(String s, int height, int width) {
        long[] counts = new long[Math.max(1, s.length())];
        int m = 0;
        int p = 0;
        while (p < s.length()) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= s.length()) {
                    throw new IllegalArgumentException("truncated COCO RLE string");
                }
                int c = s.charAt(p) - 48;
                x |= (long) (c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0) {
                    x |= -1L << (5 * k);
                }
            }
            if (m > 2) {
                x += counts[m - 2];
            }
            counts[m++] = x;
        }
        return new CocoRle(height, width, Arrays.copyOf(counts, m));
    }
}
