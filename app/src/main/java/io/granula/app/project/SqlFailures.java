package io.granula.app.project;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite's errors into one line for the user that names the project file and what to do. */
final class SqlFailures {
    private SqlFailures() {
    }

    static ProjectException of(Path file, String action, SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        String msg;
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            msg = file + ": disk full while " + action + "; that change was not saved (the project is intact): "
                    + "free some space and try again";
        } else if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            msg = file + ": cannot write while " + action + ": the file, its folder or this view is read-only";
        } else if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            msg = file + ": project file is damaged (truncated or corrupt); restore it from a backup";
        } else if (code == SQLiteErrorCode.SQLITE_IOERR.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            msg = file + ": input/output error while " + action + " (drive removed or full?): " + e.getMessage();
        } else if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            msg = file + ": the project is busy in another program; try again";
        } else {
            msg = file + ": " + action + " failed: " + e.getMessage();
        }
        return new ProjectException(msg, e);
    }
}
