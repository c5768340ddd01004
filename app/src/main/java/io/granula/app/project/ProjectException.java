package io.granula.app.project;

/**
 * Something the user can fix or must know about a project file (not a database, damaged, newer
 * schema, read-only, disk full, in use). The message is one line that names the file and the problem;
 * the SQLite detail, if any, is the cause (for the log, never printed to the user as a stack trace).
 */
public class ProjectException extends RuntimeException {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
