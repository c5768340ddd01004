package io.granula.app.gui;

import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong maxNanos = new AtomicLong();
    private final AtomicLong maxCpuNanos = new AtomicLong();
    private final AtomicLong postedAt = new AtomicLong(); // 0: no heartbeat pending
    private volatile long cpuAtPost = -1;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Thread fxThread;
    private volatile String worstStack = "";
    private long worstSampledNanos;

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

    /**
     * The most CPU time the FX thread spent between a heartbeat's post and its run, in ms: the work that
     * blocked it, without the time the thread waited for a CPU on a loaded machine (a wall-clock stall of
     * {@link #maxStallMs} can be all waiting when other processes hold the cores).
     */
    public double maxBusyMs() {
        return maxCpuNanos.get() / 1e6;
    }

    public void reset() {
        maxNanos.set(0);
        maxCpuNanos.set(0);
    }

    /** Where the FX thread was during the longest stall (sampled once it passed 100 ms), for the log. */
    public String worstStack() {
        return worstStack;
    }

    private void watch() {
        while (running) {
            long now = System.nanoTime();
            long pending = postedAt.get();
            if (pending == 0) {
                Thread fx = fxThread;
                cpuAtPost = fx == null ? -1 : THREADS.getThreadCpuTime(fx.getId());
                if (postedAt.compareAndSet(0, now)) {
                    Platform.runLater(this::beat);
                }
            } else if (now - pending > 100_000_000L && now - pending > worstSampledNanos && fxThread != null) {
                worstSampledNanos = now - pending;
                StringBuilder sb = new StringBuilder();
                for (StackTraceElement e : fxThread.getStackTrace()) {
                    sb.append("\n    at ").append(e);
                }
                worstStack = String.format(java.util.Locale.ROOT, "FX thread after %.0f ms:%s", worstSampledNanos / 1e6, sb);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void beat() {
        fxThread = Thread.currentThread();
        long cpuBefore = cpuAtPost;
        long posted = postedAt.getAndSet(0);
        if (posted != 0) {
            maxNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
            if (cpuBefore >= 0) {
                maxCpuNanos.accumulateAndGet(THREADS.getCurrentThreadCpuTime() - cpuBefore, Math::max);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
