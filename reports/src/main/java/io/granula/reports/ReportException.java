package io.granula.reports;

/**
 * A report could not be made for a reason the user can act on (missing font package, unreadable
 * settings file, unwritable output). The message names the file and what to do; callers print it
 * as one line.
 */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
