package io.granula.app.project;

import io.granula.core.measure.MeasurementUnits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Tables {@code particle} (one row of measurements per particle) and {@code image_units}. */
final class Measurements {
    private Measurements() {
    }

    static void replaceAll(Connection c, long imageId, List<ParticleRow> rows, MeasurementUnits units) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM particle WHERE image_id = ?")) {
            d.setLong(1, imageId);
            d.executeUpdate();
        }
        update(c, imageId, rows, List.of());
        setUnits(c, imageId, units);
    }

    static void update(Connection c, long imageId, List<ParticleRow> changed, List<Integer> removed) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "INSERT OR REPLACE INTO particle (image_id, label, measurements) VALUES (?, ?, ?)")) {
            for (ParticleRow r : changed) {
                up.setLong(1, imageId);
                up.setInt(2, r.label());
                up.setBytes(3, ParticleRows.encode(r));
                up.addBatch();
            }
            up.executeBatch();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM particle WHERE image_id = ? AND label = ?")) {
            for (int label : removed) {
                del.setLong(1, imageId);
                del.setInt(2, label);
                del.addBatch();
            }
            del.executeBatch();
        }
    }

    static List<ParticleRow> rows(Connection c, long imageId) throws SQLException {
        List<ParticleRow> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT label, measurements FROM particle WHERE image_id = ? ORDER BY label")) {
            q.setLong(1, imageId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(ParticleRows.decode(rs.getInt(1), rs.getBytes(2)));
                }
            }
        }
        return out;
    }

    static int count(Connection c, long imageId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM particle WHERE image_id = ?")) {
            q.setLong(1, imageId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static MeasurementUnits units(Connection c, long imageId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT length_unit, units_per_px FROM image_units WHERE image_id = ?")) {
            q.setLong(1, imageId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new MeasurementUnits(rs.getString(1), rs.getDouble(2)) : MeasurementUnits.pixels();
            }
        }
    }

    private static void setUnits(Connection c, long imageId, MeasurementUnits units) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR REPLACE INTO image_units (image_id, length_unit, units_per_px) VALUES (?, ?, ?)")) {
            p.setLong(1, imageId);
            p.setString(2, units.lengthUnit());
            p.setDouble(3, units.unitsPerPixel());
            p.executeUpdate();
        }
    }

    /** Converts the stored rows to new units (a new pixel size): lengths and areas scale, nothing is re-traced. */
    static void rescale(Connection c, long imageId, MeasurementUnits to) throws SQLException {
        MeasurementUnits from = units(c, imageId);
        if (from.equals(to)) {
            return;
        }
        List<ParticleRow> rows = rows(c, imageId);
        List<ParticleRow> scaled = new ArrayList<>(rows.size());
        for (ParticleRow r : rows) {
            scaled.add(ParticleRows.rescale(r, from, to));
        }
        update(c, imageId, scaled, List.of());
        setUnits(c, imageId, to);
    }
}
