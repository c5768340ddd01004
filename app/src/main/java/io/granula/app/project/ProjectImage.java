package io.granula.app.project;

import java.util.OptionalLong;

/**
 * One image of a project as stored.
 *
 * @param path      as stored: relative to the project's folder when {@code relative}, absolute otherwise
 * @param sha256    hex SHA-256 of the file's bytes when it was added (or re-accepted after a change)
 * @param fileSize  the file's length in bytes (cheap first test when relinking by content)
 * @param bitDepth  bits per sample of the first page (8, 16, 32)
 * @param sampleId  the sample it belongs to, or 0 for none
 */
public record ProjectImage(long id, String name, String path, boolean relative, String sha256, long fileSize,
                           int width, int height, int bitDepth, long sampleId) {
    public OptionalLong sample() {
        return sampleId == 0 ? OptionalLong.empty() : OptionalLong.of(sampleId);
    }
}
