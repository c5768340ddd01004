package io.granula.app.project;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a project file safely: the header is checked before SQLite sees the file, then the integrity,
 * then the schema version; only after all three pass is anything written (WAL mode, migrations).
 *
 * <p>Durability: WAL with {@code synchronous=FULL}, so a commit is on the disk (WAL fsynced) when it
 * returns, including across a power cut; {@code NORMAL} would only survive a process crash, and a lab PC
 * switched off mid-save is exactly the case the project must survive. A WAL fsync per edit costs a few
 * milliseconds, well inside the 20 ms an edit may take.
 */
final class ProjectOpener {
    private ProjectOpener() {
    }

    static void checkHeader(Path file) {
        try {
            FileHeader header = FileHeader.read(file);
            long length = Files.size(file);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            boolean walPending = Files.exists(wal) && Files.size(wal) > 0;
            if (!walPending && header.expectedLength() > length) {
                throw new ProjectException(file + ": project file is truncated (" + length + " of "
                        + header.expectedLength() + " bytes); restore it from a backup");
            }
            if (header.applicationId() != 0 && header.applicationId() != Schema.APPLICATION_ID) {
                throw new ProjectException(file + ": not a Granula project (an SQLite database of another program)");
            }
            if (header.userVersion() > Schema.CURRENT) {
                throw newer(file, header.userVersion());
            }
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static ProjectException newer(Path file, int version) {
        return new ProjectException(file + ": made by a newer Granula (project format " + version
                + ", this version reads up to " + Schema.CURRENT + "); open it with that version - the file was not changed");
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        }
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Checks integrity and version; in a writable session then sets WAL and migrates. */
    static void prepare(Path file, Connection c, boolean readOnly, boolean isNew) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!isNew) {
                String check = single(s, "PRAGMA quick_check");
                if (!"ok".equals(check)) {
                    throw new ProjectException(file + ": project file is damaged (" + check + "); restore it from a backup");
                }
                int app = Integer.parseInt(single(s, "PRAGMA application_id"));
                int version = Integer.parseInt(single(s, "PRAGMA user_version"));
                if (app != Schema.APPLICATION_ID) {
                    throw new ProjectException(file + ": not a Granula project (an SQLite database of another program)");
                }
                if (version > Schema.CURRENT) {
                    throw newer(file, version);
                }
            }
            if (readOnly) {
                return;
            }
            single(s, "PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            int version = Integer.parseInt(single(s, "PRAGMA user_version"));
            if (version < Schema.CURRENT) {
                Schema.migrate(c, version, Schema.CURRENT);
            }
        }
    }

    static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
