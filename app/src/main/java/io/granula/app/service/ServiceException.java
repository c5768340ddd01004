package io.granula.app.service;

/**
 * Why a service could not do what it was asked, in one line for the user. The command line maps
 * the kind to its exit code (bad request: 2, failed: 1); the GUI shows the message.
 */
public class ServiceException extends RuntimeException {
    /** Whether the request itself was wrong (fix the options) or it was right and the work failed. */
    public enum Kind {
        BAD_REQUEST, FAILED
    }

    private final Kind kind;

    public ServiceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static ServiceException badRequest(String message) {
        return new ServiceException(Kind.BAD_REQUEST, message);
    }

    public static ServiceException failed(String message) {
        return new ServiceException(Kind.FAILED, message);
    }

    public Kind kind() {
        return kind;
    }
}
