package io.granula.app.gui.tasks;

import io.granula.core.progress.ProgressMonitor;
import javafx.concurrent.Task;

import java.util.Locale;

/**
 * A JavaFX {@link Task} that is the core's {@link ProgressMonitor} (design notes: one monitor for the
 * GUI, one for the command line): the work reports fractions and messages as on the command line, the
 * window binds to the task's progress and message, and Cancel reaches the work through
 * {@link #isCancelled()}, which the core polls between units of work. The message carries an estimate of
 * the time left, from the elapsed time and the fraction done.
 */
public abstract class MonitoredTask<T> extends Task<T> implements ProgressMonitor {
    private static final double MIN_FRACTION_FOR_ETA = 0.02;
    private final String title;
    private long start;

    protected MonitoredTask(String title) {
        this.title = title;
        updateTitle(title);
    }

    /** The work, off the FX thread; report through {@code monitor}. */
    protected abstract T work(ProgressMonitor monitor) throws Exception;

    @Override
    protected final T call() throws Exception {
        start = System.nanoTime();
        return work(this);
    }

    @Override
    public void update(double fraction, String message) {
        if (fraction < 0) {
            updateProgress(-1, 1);
            updateMessage(message);
            return;
        }
        updateProgress(Math.min(1, fraction), 1);
        double elapsed = (System.nanoTime() - start) / 1e9;
        String eta = fraction >= MIN_FRACTION_FOR_ETA && fraction < 1 ? " - " + duration(elapsed * (1 - fraction) / fraction) + " left" : "";
        updateMessage(message + eta);
    }

    public String name() {
        return title;
    }

    /** "12 s", "3 min 5 s". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60);
    }
}
