package io.granula.app.project;

import io.granula.core.measure.MeasurementUnits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Table {@code calibration}: every pixel size an image had, the newest row current. */
final class CalibrationRows {
    private CalibrationRows() {
    }

    /** Adds a pixel size and rescales the image's stored measurements to it. */
    static CalibrationEntry add(Connection c, long imageId, double nmPerPixel, CalibrationOrigin origin, String detail,
                                String author) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO calibration (image_id, nm_per_px, origin,"
                + " detail, at, author) VALUES (?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, imageId);
            if (Double.isFinite(nmPerPixel)) {
                p.setDouble(2, nmPerPixel);
            } else {
                p.setNull(2, Types.REAL);
            }
            p.setString(3, origin.name().toLowerCase(Locale.ROOT));
            p.setString(4, detail == null ? "" : detail);
            p.setString(5, Instant.now().toString());
            p.setString(6, author);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        CalibrationEntry entry = history(c, imageId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        Measurements.rescale(c, imageId, MeasurementUnits.forCalibration(entry.calibration()));
        return entry;
    }

    static List<CalibrationEntry> history(Connection c, long imageId) throws SQLException {
        List<CalibrationEntry> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, nm_per_px, origin, detail, at, author"
                + " FROM calibration WHERE image_id = ? ORDER BY id")) {
            q.setLong(1, imageId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    double nm = rs.getDouble(2);
                    if (rs.wasNull()) {
                        nm = Double.NaN;
                    }
                    out.add(new CalibrationEntry(rs.getLong(1), imageId, nm,
                            CalibrationOrigin.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                            rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return out;
    }
}
