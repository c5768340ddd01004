package io.granula.app.project;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Label pixels as compressed bytes: int32 values split into four byte planes (all low bytes, then the
 * next...) and deflated. Planes make the high bytes long runs of zeros, which deflate (RFC 1951) stores in
 * almost nothing; a 256x256 tile of typical masks shrinks from 256 KiB to a few KiB. Tiles of
 * {@value #TILE} px square let an edit rewrite only the tiles it touched.
 */
final class LabelCodec {
    static final int TILE = 256;

    private LabelCodec() {
    }

    static byte[] pack(int[] values) {
        int n = values.length;
        byte[] planes = new byte[4 * n];
        for (int i = 0; i < n; i++) {
            int v = values[i];
            planes[i] = (byte) v;
            planes[n + i] = (byte) (v >>> 8);
            planes[2 * n + i] = (byte) (v >>> 16);
            planes[3 * n + i] = (byte) (v >>> 24);
        }
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(planes);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, planes.length / 16));
            byte[] buf = new byte[16384];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** @throws IllegalStateException when the bytes do not inflate to exactly {@code count} values (damaged) */
    static int[] unpack(byte[] data, int count) {
        byte[] planes = new byte[4 * count];
        Inflater inf = new Inflater();
        try {
            inf.setInput(data);
            int off = 0;
            while (off < planes.length && !inf.finished()) {
                int got = inf.inflate(planes, off, planes.length - off);
                if (got == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                off += got;
            }
            if (off != planes.length || !inf.finished()) {
                throw new IllegalStateException("stored labels are damaged (" + off + " of " + planes.length + " bytes)");
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored labels are damaged: " + e.getMessage(), e);
        } finally {
            inf.end();
        }
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = (planes[i] & 0xff) | (planes[count + i] & 0xff) << 8
                    | (planes[2 * count + i] & 0xff) << 16 | (planes[3 * count + i] & 0xff) << 24;
        }
        return v;
    }

    /** Copies a rectangle out of a raster of width {@code w}. */
    static int[] crop(int[] labels, int w, int x, int y, int cw, int ch) {
        int[] out = new int[cw * ch];
        for (int r = 0; r < ch; r++) {
            System.arraycopy(labels, (y + r) * w + x, out, r * cw, cw);
        }
        return out;
    }

    /** Writes a rectangle into a raster of width {@code w}. */
    static void paste(int[] labels, int w, int x, int y, int cw, int ch, int[] values) {
        for (int r = 0; r < ch; r++) {
            System.arraycopy(values, r * cw, labels, (y + r) * w + x, cw);
        }
    }
}
