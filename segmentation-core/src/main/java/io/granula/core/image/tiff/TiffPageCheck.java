package io.granula.core.image.tiff;

import io.granula.core.image.ImageReadException;

/**
 * Checks a page's declared geometry and data layout against hard limits and the file length
 * BEFORE any pixel is decoded: a corrupt or hostile header then gives a named error instead of an
 * OutOfMemoryError or a half-decoded image.
 */
public final class TiffPageCheck {
    /** Java arrays hold at most about 2^31 elements; one page's samples go in one array. */
    static final long MAX_SAMPLES = Integer.MAX_VALUE - 8;

    private TiffPageCheck() {
    }

    /**
     * @return bytes the decoded page will occupy (the decoder's raster plus float planes), for the
     *         caller's memory budget
     */
    public static long check(TiffFile file, int index) throws ImageReadException {
        TiffDirectory d = file.directories().get(index);
        String page = file.directories().size() > 1 ? "page " + (index + 1) + ": " : "";
        long w = d.width(), h = d.height();
        if (w <= 0 || h <= 0) {
            throw new ImageReadException(file.path(), page + "corrupt TIFF: image size " + w + "x" + h);
        }
        int spp = d.samplesPerPixel();
        int bits = d.bitsPerSample();
        if (spp <= 0 || spp > 16 || bits <= 0 || bits > 64) {
            throw new ImageReadException(file.path(), page + "unsupported TIFF layout: " + spp + " samples of " + bits + " bits");
        }
        if (w * h * spp > MAX_SAMPLES) {
            throw new ImageReadException(file.path(), page + "declares " + w + "x" + h + "x" + spp
                    + " samples, more than the 2^31 one image can hold");
        }
        checkDataInsideFile(file, d, page);
        long rasterBytes = w * h * spp * ((bits + 7) / 8);
        boolean colour = spp >= 3 || d.first(TiffTags.PHOTOMETRIC, 1) == 3; // 3 = palette
        long floatBytes = w * h * (colour ? 3 : 1) * 4L;
        return rasterBytes + floatBytes;
    }

    private static void checkDataInsideFile(TiffFile file, TiffDirectory d, String page) throws ImageReadException {
        boolean tiled = d.tags().containsKey(TiffTags.TILE_OFFSETS);
        long[] offsets = d.longs(tiled ? TiffTags.TILE_OFFSETS : TiffTags.STRIP_OFFSETS);
        long[] counts = d.longs(tiled ? TiffTags.TILE_BYTE_COUNTS : TiffTags.STRIP_BYTE_COUNTS);
        if (offsets.length == 0) {
            throw new ImageReadException(file.path(), page + "corrupt TIFF: no pixel data offsets (tag 273/324)");
        }
        for (int i = 0; i < offsets.length; i++) {
            long end = offsets[i] + (i < counts.length ? counts[i] : 1);
            if (end > file.size()) {
                throw new ImageReadException(file.path(), page + "truncated TIFF: pixel data runs to byte " + end
                        + " but the file has " + file.size() + " bytes");
            }
        }
    }
}
