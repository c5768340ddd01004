package io.granula.app.gui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import javafx.application.Platform;

/**
 * An {@link XYChart} whose data may change at any time on the FX thread. ChartFX 11.3 read-locks every
 * data set of a chart in its pre-layout step ({@code Chart.runPreLayout}, which also runs at once when the
 * chart enters a scene) and in {@code layoutChildren}, and unlocks them only in its post-layout pulse
 * listener ({@code runPostLayout}); a data set's {@code set} takes the write lock, which waits for those
 * read locks (DataSetLock is a non-reentrant StampedLock). So a chart put into a scene, laid out for a
 * snapshot (the PNG export) or by a harness, and given new data before the next pulse, waited forever for
 * a lock its own thread held; in a scene that is never shown the pulse never comes. Before each change
 * the panes call {@link #beforeDataChange}, which finishes such an early layout the way the pulse would
 * (draw, then unlock); inside a pulse's layout nothing is touched (ChartFX's own order holds there).
 */
final class LayoutSafeChart extends XYChart {
    private boolean inPulse;
    private final Runnable pulseStarts = () -> inPulse = true;
    private final Runnable pulseLaidOut = () -> inPulse = false;

    LayoutSafeChart(Axis... axes) {
        super(axes);
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(pulseStarts);
                was.removePostLayoutPulseListener(pulseLaidOut);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(pulseStarts);
                now.addPostLayoutPulseListener(pulseLaidOut);
            }
        });
    }

    /**
     * Call on the FX thread before changing any data set of this chart: refuses other threads (the data sets
     * change on the FX thread only, so they never race the pulse that reads them) and releases read locks
     * left by a layout outside a pulse.
     */
    void beforeDataChange() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("chart data must change on the FX thread, not on " + Thread.currentThread().getName());
        }
        if (!inPulse && readLocked()) {
            runPostLayout(); // what the pulse's post-layout listener would do: draw, then release the read locks
        }
    }

    private boolean readLocked() {
        boolean[] locked = {false};
        forEachDataSet(ds -> locked[0] |= ds.lock() instanceof DefaultDataSetLock<?> l && l.getReaderCount() > 0);
        return locked[0];
    }
}
