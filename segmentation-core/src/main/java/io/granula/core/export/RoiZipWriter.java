package io.granula.core.export;

import io.granula.core.io.AtomicFiles;
import io.granula.core.measure.Contour;
import io.granula.core.measure.ParticleOutline;
import io.granula.core.measure.ParticleTable;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the particles' outlines as an ImageJ ROI set ({@code .zip} of {@code .roi} files), the format
 * ImageJ's ROI Manager opens. Each outline is a "traced" polygon ROI, exactly the polygon ImageJ's
 * ParticleAnalyzer would have made, so ImageJ re-measures it to the same numbers. A particle in several
 * parts gives one ROI per part ({@code particle-17-1}, {@code particle-17-2}); others are
 * {@code particle-17}.
 *
 * <p>Binary layout after ImageJ 1.54p {@code ij.io.RoiEncoder} (file format described in
 * {@code ij.io.RoiDecoder}), version 228: 64-byte big-endian header, x then y coordinates as shorts
 * relative to the bounding box, a 64-byte second header, the name in UTF-16. Coordinates beyond what
 * ImageJ reads as shorts are also written as floats ("sub-pixel resolution"), as RoiEncoder does.
 */
public final class RoiZipWriter {
    private static final int VERSION = 228;
    private static final int TYPE_TRACED = 8;
    private static final int HEADER = 64;
    private static final int HEADER2 = 64;
    private static final int SUB_PIXEL_RESOLUTION = 128;
    /** RoiDecoder reads top/left/bottom/right and coordinates as signed shorts. */
    private static final int SHORT_LIMIT = Short.MAX_VALUE;

    private RoiZipWriter() {
    }

    public static void write(ParticleTable table, Path zip) throws IOException {
        AtomicFiles.write(zip, out -> write(table, out));
    }

    public static void write(ParticleTable table, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (int row = 0; row < table.size(); row++) {
            ParticleOutline outline = table.outline(row);
            int parts = outline.parts().size();
            for (int p = 0; p < parts; p++) {
                String name = "particle-" + outline.label() + (parts > 1 ? "-" + (p + 1) : "");
                zip.putNextEntry(new ZipEntry(name + ".roi"));
                zip.write(encode(outline.parts().get(p), name));
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** One traced polygon ROI in ImageJ's binary format. */
    static byte[] encode(Contour c, String name) {
        int n = c.size();
        if (n > 65535) {
            throw new IllegalArgumentException("outline " + name + " has " + n + " vertices; ImageJ ROIs hold at most 65535");
        }
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            left = Math.min(left, c.x(i));
            right = Math.max(right, c.x(i));
            top = Math.min(top, c.y(i));
            bottom = Math.max(bottom, c.y(i));
        }
        boolean floats = right > SHORT_LIMIT || bottom > SHORT_LIMIT;
        int floatBytes = floats ? 8 * n : 0;
        int header2 = HEADER + 4 * n + floatBytes;
        byte[] data = new byte[header2 + HEADER2 + 2 * name.length()];
        Bytes b = new Bytes(data);
        data[0] = 'I';
        data[1] = 'o';
        data[2] = 'u';
        data[3] = 't';
        b.putShort(4, VERSION);
        data[6] = TYPE_TRACED;
        b.putShort(8, Math.min(top, SHORT_LIMIT));
        b.putShort(10, Math.min(left, SHORT_LIMIT));
        b.putShort(12, Math.min(bottom, SHORT_LIMIT));
        b.putShort(14, Math.min(right, SHORT_LIMIT));
        b.putShort(16, n);
        b.putShort(50, floats ? SUB_PIXEL_RESOLUTION : 0); // options
        b.putInt(56, 0);                                  // position: all slices
        b.putInt(60, header2);
        for (int i = 0; i < n; i++) {
            b.putShort(HEADER + 2 * i, c.x(i) - left);
            b.putShort(HEADER + 2 * n + 2 * i, c.y(i) - top);
        }
        if (floats) {
            for (int i = 0; i < n; i++) {
                b.putInt(HEADER + 4 * n + 4 * i, Float.floatToIntBits(c.x(i)));
                b.putInt(HEADER + 8 * n + 4 * i, Float.floatToIntBits(c.y(i)));
            }
        }
        int nameOffset = header2 + HEADER2;
        b.putInt(header2 + 16, nameOffset);
        b.putInt(header2 + 20, name.length());
        for (int i = 0; i < name.length(); i++) {
            b.putShort(nameOffset + 2 * i, name.charAt(i));
        }
        return data;
    }

    private record Bytes(byte[] data) {
        void putShort(int at, int v) {
            data[at] = (byte) (v >>> 8);
            data[at + 1] = (byte) v;
        }

        void putInt(int at, int v) {
            data[at] = (byte) (v >>> 24);
            data[at + 1] = (byte) (v >>> 16);
            data[at + 2] = (byte) (v >>> 8);
            data[at + 3] = (byte) v;
        }
    }
}
