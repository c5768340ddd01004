package io.granula.core.progress;

/**
 * Progress and cancellation for long work, thread-neutral (after QuPath's TaskRunner /
 * SimpleProgressMonitor): the GUI adapts it to a JavaFX Task, the command line to a bar on
 * stderr. Workers call {@link #checkCancelled()} between units of work.
 */
public interface ProgressMonitor {
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0..1 of the whole task, or negative when unknown */
    void update(double fraction, String message);

    boolean isCancelled();

    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A monitor that maps this task's 0..1 onto {@code [from, to]} of the parent's. */
    default ProgressMonitor sub(double from, double to) {
        ProgressMonitor parent = this;
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                parent.update(fraction < 0 ? -1 : from + (to - from) * fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
