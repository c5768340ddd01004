package io.granula.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first 100 bytes of an SQLite file, read before SQLite opens it, so that a file which is not a
 * project, is cut short, or comes from a newer Granula is refused without SQLite writing to it.
 * Layout from the SQLite file format, section 1.3 "The database header" (sqlite.org/fileformat.html).
 */
record FileHeader(int pageSize, long pageCount, boolean pageCountValid, int userVersion, int applicationId) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static FileHeader read(Path file) throws IOException {
        byte[] b = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, 100);
        }
        if (n == 0) {
            throw new ProjectException(file + ": empty file, not a Granula project");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (n <= i || b[i] != MAGIC[i]) {
                throw new ProjectException(file + ": not a Granula project (not an SQLite database)");
            }
        }
        if (n < 100) {
            throw new ProjectException(file + ": project file is truncated (" + n + " bytes); restore it from a backup");
        }
        ByteBuffer buf = ByteBuffer.wrap(b); // big-endian, as the format is
        int rawPage = Short.toUnsignedInt(buf.getShort(16));
        int pageSize = rawPage == 1 ? 65536 : rawPage;
        int changeCounter = buf.getInt(24);
        long pages = Integer.toUnsignedLong(buf.getInt(28));
        boolean valid = buf.getInt(92) == changeCounter && pages > 0;
        return new FileHeader(pageSize, pages, valid, buf.getInt(60), buf.getInt(68));
    }

    /** The length the header promises, or 0 when the header's page count is not to be trusted. */
    long expectedLength() {
        return pageCountValid ? pageSize * pageCount : 0;
    }
}
