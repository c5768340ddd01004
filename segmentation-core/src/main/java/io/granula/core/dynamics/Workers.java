package io.granula.core.dynamics;

import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs index ranges {@code [0, n)} on a fixed number of threads, handing out chunks dynamically
 * so that uneven work (big and small objects) balances. The calling thread is one of the
 * workers; nothing is pooled between calls because a call lasts far longer than starting a
 * thread.
 */
final class Workers {
    /** One chunk of work, {@code [from, to)}. */
    @FunctionalInterface
    interface RangeTask {
        void run(int from, int to);
    }

    private Workers() {
    }

    static void forRange(int threads, int n, int chunk, ProgressMonitor progress, RangeTask task) {
        if (n <= 0) {
            return;
        }
        int workers = Math.max(1, Math.min(threads, (n + chunk - 1) / chunk));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable loop = () -> {
            try {
                int from;
                while (failure.get() == null && (from = next.getAndAdd(chunk)) < n) {
                    if (progress.isCancelled()) {
                        throw new CancelledException();
                    }
                    task.run(from, Math.min(n, from + chunk));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            Thread t = new Thread(loop, "granula-dynamics-" + i);
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        loop.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
