package io.granula.app.cli;

import io.granula.core.progress.ProgressMonitor;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The command line's progress monitor: one self-overwriting bar on stderr when stderr is a
 * terminal, otherwise a plain line at most every 2 seconds so CI logs stay short. Ctrl-C is
 * the command line's cancellation, so {@link #isCancelled()} is always false.
 */
public final class ConsoleProgress implements ProgressMonitor {
    private static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;
    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private long lastPrint;
    private String lastMessage = "";

    public ConsoleProgress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void update(double fraction, String message) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        boolean changed = !message.equals(lastMessage);
        if (!terminal && !changed && now - lastPrint < PLAIN_INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        lastMessage = message;
        String pct = fraction < 0 ? "   " : String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100));
        if (terminal) {
            int filled = fraction < 0 ? 0 : (int) Math.round(fraction * 30);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + pct + " " + message + "\u001b[K");
            if (fraction >= 1) {
                err.println();
            }
        } else {
            err.println(pct + " " + message);
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
