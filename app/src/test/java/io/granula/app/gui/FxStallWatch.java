package io.granula.app.gui;

import javafx.application.Platform;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the FX thread stays blocked: a background thread posts a heartbeat with
 * {@code Platform.runLater} every {@link #PERIOD_MS} ms (one at a time) and records how late it runs.
 * A heartbeat runs as soon as the FX thread finishes what it is doing (an event handler, a pulse and
 * the wait for the render of the previous frame), so its delay is the longest the window could not
 * answer the user; a heartbeat still pending counts its age so far, so a stall that never ends shows
 * too. Issue 15 item 9 asks for at most 100 ms; the tests assert a looser bound (see their comments).
 */
public final class FxStallWatch implements AutoCloseable {
    static final long PERIOD_MS = 5;

    private final AtomicLong maxNanos = new AtomicLong();
    private final AtomicLong postedAt = new AtomicLong(); // 0: no heartbeat pending
    private final Thread thread;
    private volatile boolean running = true;

    private FxStallWatch() {
        thread = new Thread(this::watch, "granula-fx-stall-watch");
        thread.setDaemon(true);
    }

    /** Starts watching the FX thread (which must be running) from now on. */
    public static FxStallWatch start() {
        FxStallWatch w = new FxStallWatch();
        w.thread.start();
        return w;
    }

    /** The longest the FX thread was blocked since the start (or the last {@link #reset}), in ms. */
    public double maxStallMs() {
        long pending = postedAt.get();
        long now = pending == 0 ? 0 : System.nanoTime() - pending;
        return Math.max(maxNanos.get(), now) / 1e6;
    }

    public void reset() {
        maxNanos.set(0);
    }

    private void watch() {
        while (running) {
            if (postedAt.compareAndSet(0, System.nanoTime())) {
                Platform.runLater(this::beat);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void beat() {
        long posted = postedAt.getAndSet(0);
        if (posted != 0) {
            maxNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
