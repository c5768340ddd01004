package io.granula.reports.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Flate (zlib) coding of image samples, PDF's FlateDecode filter. */
final class Flate {
    private Flate() {
    }

    static byte[] deflate(byte[] data, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 1 << 16)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
