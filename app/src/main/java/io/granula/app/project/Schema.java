package io.granula.app.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The project file's tables and their forward migrations. {@code PRAGMA user_version} is the number of
 * migrations applied; a file whose version is above {@link #CURRENT} was written by a newer Granula and is
 * refused without being touched. {@code PRAGMA application_id} marks the file as a Granula project so an
 * unrelated SQLite database is not mistaken for one. See the package documentation for the tables.
 */
final class Schema {
    /** "GRNL" in ASCII. */
    static final int APPLICATION_ID = 0x47524E4C;

    private static final List<List<String>> MIGRATIONS = List.of(
            // 1: images, samples, calibration, analyses, masks, measurements, edits
            List.of(
                    "CREATE TABLE sample (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
                    "CREATE TABLE image (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, path TEXT NOT NULL,"
                            + " relative INTEGER NOT NULL, sha256 TEXT NOT NULL, file_size INTEGER NOT NULL,"
                            + " width INTEGER NOT NULL, height INTEGER NOT NULL, bit_depth INTEGER NOT NULL,"
                            + " sample_id INTEGER REFERENCES sample(id) ON DELETE SET NULL, added_at TEXT NOT NULL)",
                    "CREATE TABLE calibration (id INTEGER PRIMARY KEY,"
                            + " image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,"
                            + " nm_per_px REAL, origin TEXT NOT NULL CHECK (origin IN"
                            + " ('metadata','scale_bar','typed','drawn','none')),"
                            + " detail TEXT NOT NULL, at TEXT NOT NULL, author TEXT NOT NULL)",
                    "CREATE INDEX calibration_image ON calibration(image_id, id)",
                    "CREATE TABLE analysis_settings (id INTEGER PRIMARY KEY, settings_key TEXT NOT NULL UNIQUE,"
                            + " model TEXT NOT NULL, model_sha256 TEXT NOT NULL, diameter_px REAL,"
                            + " flow_threshold REAL NOT NULL, cellprob_threshold REAL NOT NULL,"
                            + " min_size INTEGER NOT NULL, exclude_edge INTEGER NOT NULL, augment INTEGER NOT NULL,"
                            + " device TEXT NOT NULL, parameters TEXT NOT NULL)",
                    "CREATE TABLE analysis (image_id INTEGER PRIMARY KEY REFERENCES image(id) ON DELETE CASCADE,"
                            + " settings_id INTEGER NOT NULL REFERENCES analysis_settings(id),"
                            + " image_sha256 TEXT NOT NULL, at TEXT NOT NULL, diameter_px REAL,"
                            + " device TEXT NOT NULL, run_json TEXT NOT NULL)",
                    "CREATE TABLE mask_tile (image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,"
                            + " kind TEXT NOT NULL CHECK (kind IN ('model','current')),"
                            + " tile_x INTEGER NOT NULL, tile_y INTEGER NOT NULL, data BLOB NOT NULL,"
                            + " PRIMARY KEY (image_id, kind, tile_x, tile_y)) WITHOUT ROWID",
                    "CREATE TABLE particle (image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,"
                            + " label INTEGER NOT NULL, measurements BLOB NOT NULL,"
                            + " PRIMARY KEY (image_id, label)) WITHOUT ROWID",
                    "CREATE TABLE image_units (image_id INTEGER PRIMARY KEY REFERENCES image(id) ON DELETE CASCADE,"
                            + " length_unit TEXT NOT NULL, units_per_px REAL NOT NULL)",
                    "CREATE TABLE edit (id INTEGER PRIMARY KEY,"
                            + " image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,"
                            + " seq INTEGER NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, author TEXT NOT NULL,"
                            + " touched TEXT NOT NULL, x INTEGER NOT NULL, y INTEGER NOT NULL,"
                            + " width INTEGER NOT NULL, height INTEGER NOT NULL, before BLOB NOT NULL, after BLOB NOT NULL,"
                            + " state TEXT NOT NULL CHECK (state IN ('applied','undone','discarded')),"
                            + " UNIQUE (image_id, seq))"),
            // 2: project-wide choices (filters, report choices) as JSON documents
            List.of("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));

    /** The schema version this build writes. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    /** Applies migrations {@code from+1 .. to} in one transaction (all or nothing). */
    static void migrate(Connection c, int from, int to) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = from; v < to; v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + to);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
