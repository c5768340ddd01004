package io.granula.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A file's format from its first bytes ("magic numbers"), never from its extension. */
public enum FileSignature {
    TIFF, BIGTIFF, PNG, JPEG, BMP, GIF, NPY, UNKNOWN;

    private static final int PROBE = 8;

    /** Reads the first bytes of an existing, readable file. */
    public static FileSignature of(Path path) throws IOException {
        byte[] head = new byte[PROBE];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, PROBE);
        }
        return of(Arrays.copyOf(head, n));
    }

    static FileSignature of(byte[] b) {
        if (starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (starts(b, 'I', 'I', 43, 0) || starts(b, 'M', 'M', 0, 43)) {
            return BIGTIFF;
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return PNG;
        }
        if (starts(b, 0xff, 0xd8, 0xff)) {
            return JPEG;
        }
        if (starts(b, 'B', 'M')) {
            return BMP;
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(b, 0x93, 'N', 'U', 'M', 'P', 'Y')) {
            return NPY;
        }
        return UNKNOWN;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
