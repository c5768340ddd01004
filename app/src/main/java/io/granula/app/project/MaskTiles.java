package io.granula.app.project;

import io.granula.core.label.LabelImage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.granula.app.project.LabelCodec.TILE;

/** Reads and writes an image's label images as {@link LabelCodec} tiles in table {@code mask_tile}. */
final class MaskTiles {
    private MaskTiles() {
    }

    static void writeAll(Connection c, long imageId, MaskKind kind, LabelImage labels) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM mask_tile WHERE image_id = ? AND kind = ?")) {
            del.setLong(1, imageId);
            del.setString(2, kind.column());
            del.executeUpdate();
        }
        write(c, imageId, kind, labels, 0, 0, labels.width(), labels.height());
    }

    /** Writes every tile that meets the rectangle (x, y, w, h). */
    static void write(Connection c, long imageId, MaskKind kind, LabelImage labels, int x, int y, int w, int h)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "INSERT OR REPLACE INTO mask_tile (image_id, kind, tile_x, tile_y, data) VALUES (?, ?, ?, ?, ?)")) {
            for (int ty = y / TILE; ty <= (y + h - 1) / TILE; ty++) {
                for (int tx = x / TILE; tx <= (x + w - 1) / TILE; tx++) {
                    int x0 = tx * TILE;
                    int y0 = ty * TILE;
                    int tw = Math.min(TILE, labels.width() - x0);
                    int th = Math.min(TILE, labels.height() - y0);
                    up.setLong(1, imageId);
                    up.setString(2, kind.column());
                    up.setInt(3, tx);
                    up.setInt(4, ty);
                    up.setBytes(5, LabelCodec.pack(LabelCodec.crop(labels.labels(), labels.width(), x0, y0, tw, th)));
                    up.addBatch();
                }
            }
            up.executeBatch();
        }
    }

    /** @return the labels, or null when none are stored */
    static LabelImage read(Connection c, long imageId, MaskKind kind, int width, int height) throws SQLException {
        int[] labels = new int[width * height];
        int tiles = 0;
        try (PreparedStatement q = c.prepareStatement(
                "SELECT tile_x, tile_y, data FROM mask_tile WHERE image_id = ? AND kind = ?")) {
            q.setLong(1, imageId);
            q.setString(2, kind.column());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int x0 = rs.getInt(1) * TILE;
                    int y0 = rs.getInt(2) * TILE;
                    int tw = Math.min(TILE, width - x0);
                    int th = Math.min(TILE, height - y0);
                    LabelCodec.paste(labels, width, x0, y0, tw, th, LabelCodec.unpack(rs.getBytes(3), tw * th));
                    tiles++;
                }
            }
        }
        int expected = ((width + TILE - 1) / TILE) * ((height + TILE - 1) / TILE);
        if (tiles == 0) {
            return null;
        }
        if (tiles != expected) {
            throw new IllegalStateException("stored labels are incomplete: " + tiles + " of " + expected + " tiles");
        }
        return new LabelImage(width, height, labels);
    }
}
