package io.granula.app.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Tables {@code analysis_settings} and {@code analysis}. */
final class Analyses {
    private Analyses() {
    }

    static AnalysisSettingsRecord saveSettings(Connection c, AnalysisSettingsRecord s) throws SQLException {
        String key = s.key();
        try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO analysis_settings (settings_key, model,"
                + " model_sha256, diameter_px, flow_threshold, cellprob_threshold, min_size, exclude_edge, augment,"
                + " device, parameters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, key);
            p.setString(2, s.model());
            p.setString(3, s.modelSha256());
            if (Double.isNaN(s.diameterPx())) {
                p.setNull(4, Types.REAL);
            } else {
                p.setDouble(4, s.diameterPx());
            }
            p.setDouble(5, s.flowThreshold());
            p.setDouble(6, s.cellprobThreshold());
            p.setInt(7, s.minSize());
            p.setInt(8, s.excludeEdge() ? 1 : 0);
            p.setInt(9, s.augment() ? 1 : 0);
            p.setString(10, s.device());
            p.setString(11, s.parameters());
            p.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM analysis_settings WHERE settings_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return settings(c, rs.getLong(1)).orElseThrow();
            }
        }
    }

    static Optional<AnalysisSettingsRecord> settings(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM analysis_settings WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                double d = rs.getDouble("diameter_px");
                if (rs.wasNull()) {
                    d = Double.NaN;
                }
                return Optional.of(new AnalysisSettingsRecord(rs.getLong("id"), rs.getString("model"),
                        rs.getString("model_sha256"), d, rs.getDouble("flow_threshold"),
                        rs.getDouble("cellprob_threshold"), rs.getInt("min_size"), rs.getInt("exclude_edge") != 0,
                        rs.getInt("augment") != 0, rs.getString("device"), rs.getString("parameters")));
            }
        }
    }

    static void save(Connection c, ImageAnalysisRecord r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO analysis (image_id, settings_id,"
                + " image_sha256, at, diameter_px, device, run_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, r.imageId());
            p.setLong(2, r.settingsId());
            p.setString(3, r.imageSha256());
            p.setString(4, r.at().toString());
            p.setDouble(5, r.diameterPx());
            p.setString(6, r.device());
            p.setString(7, r.runJson());
            p.executeUpdate();
        }
    }

    static Optional<ImageAnalysisRecord> analysis(Connection c, long imageId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM analysis WHERE image_id = ?")) {
            q.setLong(1, imageId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImageAnalysisRecord(imageId, rs.getLong("settings_id"),
                        rs.getString("image_sha256"), Instant.parse(rs.getString("at")), rs.getDouble("diameter_px"),
                        rs.getString("device"), rs.getString("run_json")));
            }
        }
    }
}
