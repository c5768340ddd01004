package io.granula.core.io;

import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.image.MemoryBudget;
import io.granula.core.image.tiff.TiffDirectory;
import io.granula.core.image.tiff.TiffFile;
import io.granula.core.image.tiff.TiffPageCheck;
import io.granula.core.image.tiff.TiffPixelDecoder;
import io.granula.core.image.tiff.TiffTagReader;
import io.granula.core.image.tiff.TiffTags;
import io.granula.core.image.tiff.TiffWriter;
import io.granula.core.label.LabelImage;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Label images on disk (design notes, data conventions): a single-page grey TIFF, 16-bit unsigned,
 * or 32-bit unsigned when an id exceeds 65535; 0 is background. Reads 8/16/32-bit integer label
 * TIFFs and float TIFFs holding whole numbers (ImageJ saves label maps as 32-bit float), exactly
 * (never through floats for integer files, so ids above 2^24 survive).
 */
public final class LabelTiff {
    private LabelTiff() {
    }

    /** Writes atomically ({@link AtomicFiles}): a full disk never leaves a truncated TIFF under {@code path}. */
    public static void write(LabelImage labels, Path path) throws IOException {
        AtomicFiles.writeVia(path, tmp -> writeTo(labels, tmp));
    }

    private static void writeTo(LabelImage labels, Path path) throws IOException {
        int[] v = labels.labels();
        int max = 0;
        for (int x : v) {
            if (x < 0) {
                throw new IllegalArgumentException("label images hold ids >= 0, found " + x);
            }
            max = Math.max(max, x);
        }
        int w = labels.width();
        if (max <= 0xffff) {
            TiffWriter.writeGray(path, w, labels.height(), TiffWriter.SampleKind.UINT16, null, (y, row) -> {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    row.putShort((short) v[i]);
                }
            });
        } else {
            TiffWriter.writeGray(path, w, labels.height(), TiffWriter.SampleKind.UINT32, null, (y, row) -> {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    row.putInt(v[i]);
                }
            });
        }
    }

    /** Reads the first page as labels; refuses colour, negative or fractional values. */
    public static LabelImage read(Path path) throws ImageReadException {
        ImageReaders.checkReadableFile(path);
        TiffFile file = TiffTagReader.read(path);
        TiffDirectory d = file.directories().get(0);
        if (d.samplesPerPixel() != 1) {
            throw new ImageReadException(path, "not a label image: " + d.samplesPerPixel() + " samples per pixel (colour?)");
        }
        long need = TiffPageCheck.check(file, 0);
        if (need > MemoryBudget.availableBytes()) {
            throw new ImageReadException(path, "label image needs about " + (need >> 20) + " MiB, more than the free Java heap");
        }
        Raster r;
        try (TiffPixelDecoder decoder = TiffPixelDecoder.open(path)) {
            r = decoder.read(0).getRaster();
        }
        return toLabels(path, r, d.sampleFormat());
    }

    private static LabelImage toLabels(Path path, Raster r, int sampleFormat) throws ImageReadException {
        int w = r.getWidth(), h = r.getHeight();
        int type = r.getDataBuffer().getDataType();
        int[] out;
        if (type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE) {
            double[] f = r.getSamples(0, 0, w, h, 0, new double[w * h]);
            out = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                if (!(f[i] >= 0 && f[i] <= Integer.MAX_VALUE && f[i] == Math.rint(f[i]))) {
                    throw new ImageReadException(path, "not a label image: pixel " + (i % w) + "," + (i / w)
                            + " holds " + f[i] + " (labels are whole numbers >= 0)");
                }
                out[i] = (int) f[i];
            }
        } else {
            out = r.getSamples(0, 0, w, h, 0, new int[w * h]);
            boolean signed = type == DataBuffer.TYPE_SHORT || sampleFormat == TiffTags.SAMPLE_INT;
            for (int i = 0; i < out.length; i++) {
                if (out[i] < 0) {
                    throw new ImageReadException(path, "not a label image: pixel " + (i % w) + "," + (i / w) + " holds "
                            + (signed ? out[i] : "an id above 2^31-1") + " (labels are ids >= 0)");
                }
            }
        }
        return new LabelImage(w, h, out);
    }
}
