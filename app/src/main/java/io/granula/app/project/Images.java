package io.granula.app.project;

import io.granula.core.image.Image2D;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tables {@code image} and {@code sample}: the study's files and their groups. */
final class Images {
    private Images() {
    }

    static Sample ensureSample(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO sample (name) VALUES (?)")) {
            p.setString(1, name);
            p.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM sample WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Sample(rs.getLong(1), name);
            }
        }
    }

    static List<Sample> samples(Connection c) throws SQLException {
        List<Sample> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, name FROM sample ORDER BY name");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new Sample(rs.getLong(1), rs.getString(2)));
            }
        }
        return out;
    }

    /**
     * @param stored   the path as stored ({@link ImageFiles#stored})
     * @param first    the file's first page, for its size and bit depth
     * @param sampleId 0 for none
     */
    static ProjectImage insert(Connection c, String name, String stored, String sha, long size, Image2D first,
                               long sampleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO image (name, path, relative, sha256, file_size,"
                + " width, height, bit_depth, sample_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            p.setString(1, uniqueName(c, name));
            p.setString(2, stored);
            p.setInt(3, ImageFiles.isRelative(stored) ? 1 : 0);
            p.setString(4, sha);
            p.setLong(5, size);
            p.setInt(6, first.width());
            p.setInt(7, first.height());
            p.setInt(8, first.pixelType().bits());
            if (sampleId == 0) {
                p.setNull(9, Types.INTEGER);
            } else {
                p.setLong(9, sampleId);
            }
            p.setString(10, Instant.now().toString());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return byId(c, keys.getLong(1)).orElseThrow();
            }
        }
    }

    /** Two files of the same stem in two folders: the second becomes NAME_2, and so on. */
    private static String uniqueName(Connection c, String name) throws SQLException {
        String candidate = name;
        for (int k = 2; !select(c, "SELECT * FROM image WHERE name = ?", candidate).isEmpty(); k++) {
            candidate = name + "_" + k;
        }
        return candidate;
    }

    static List<ProjectImage> all(Connection c) throws SQLException {
        return select(c, "SELECT * FROM image ORDER BY id", null);
    }

    static Optional<ProjectImage> byId(Connection c, long id) throws SQLException {
        return select(c, "SELECT * FROM image WHERE id = ?", id).stream().findFirst();
    }

    private static List<ProjectImage> select(Connection c, String sql, Object arg) throws SQLException {
        List<ProjectImage> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (arg != null) {
                q.setObject(1, arg);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new ProjectImage(rs.getLong("id"), rs.getString("name"), rs.getString("path"),
                            rs.getInt("relative") != 0, rs.getString("sha256"), rs.getLong("file_size"),
                            rs.getInt("width"), rs.getInt("height"), rs.getInt("bit_depth"), rs.getLong("sample_id")));
                }
            }
        }
        return out;
    }

    static Void relocate(Connection c, long imageId, String stored) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE image SET path = ?, relative = ? WHERE id = ?")) {
            p.setString(1, stored);
            p.setInt(2, ImageFiles.isRelative(stored) ? 1 : 0);
            p.setLong(3, imageId);
            p.executeUpdate();
        }
        return null;
    }

    static Void acceptContent(Connection c, long imageId, String sha256, long fileSize) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE image SET sha256 = ?, file_size = ? WHERE id = ?")) {
            p.setString(1, sha256);
            p.setLong(2, fileSize);
            p.setLong(3, imageId);
            p.executeUpdate();
        }
        return null;
    }
}
