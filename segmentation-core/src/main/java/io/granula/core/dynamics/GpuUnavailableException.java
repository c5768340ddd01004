package io.granula.core.dynamics;

/**
 * {@code --device gpu} was asked for and no GPU engine can run here; the message says why and what
 * to do. A usage error: the command line exits with 2 (auto falls back to the CPU instead).
 */
public final class GpuUnavailableException extends RuntimeException {
    public GpuUnavailableException(String message) {
        super(message);
    }
}
