package io.granula.app.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Table {@code setting}: project-wide JSON documents (filters, report choices) by key. */
final class Settings {
    private Settings() {
    }

    static Void put(Connection c, String key, String json) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, json);
            p.executeUpdate();
        }
        return null;
    }

    static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
