package io.granula.core.progress;

/** Thrown by workers when the user cancelled; callers treat it as a clean stop, not an error. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
