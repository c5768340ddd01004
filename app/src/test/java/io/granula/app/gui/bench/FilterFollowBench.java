package io.granula.app.gui.bench;

import io.granula.app.gui.charts.BoxPlotPane;
import io.granula.app.gui.charts.HistogramPane;
import io.granula.app.gui.charts.ScatterPane;
import io.granula.app.gui.panels.DetailsPanel;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.table.ParticleTablePane;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * How long the workbench takes to follow a filter change with 20,000 particles on screen (issue 15: under
 * 100 ms): the time on the FX thread from setting the session's filter until every view has its new data,
 * with the viewer, the particle table, the histogram, the scatter, box and violin plots and the details
 * panel all listening, as in the window. Layout and rendering are not counted (see {@link #run}). The diameter range moves each step.
 * Run with {@code scripts/bench.sh filter-gui [PARTICLES] [STEPS]}; headless Monocle, software Prism.
 */
public final class FilterFollowBench {
    public static void main(String[] args) throws Exception {
        int particles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int size = (int) Math.ceil(Math.sqrt(particles) * 24); // 24 px pitch: discs of about 18 px
        ImageResult result = ViewerBench.scene(size, particles);
        System.out.printf(Locale.ROOT, "data: %dx%d, %d particles%n", size, size, result.particles().size());
        Platform.startup(() -> { });
        CompletableFuture<double[]> times = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                times.complete(run(result, steps));
            } catch (Throwable e) {
                times.completeExceptionally(e);
            }
        });
        double[] ms = times.get();
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "filter follows (%d particles, %d changes, set -> every view has its data): mean %.1f ms, "
                        + "median %.1f ms, max %.1f ms (target < 100 ms)%n", result.particles().size(), ms.length,
                Arrays.stream(ms).average().orElse(Double.NaN), sorted[ms.length / 2], sorted[ms.length - 1]);
        Platform.exit();
        System.exit(0);
    }

    /**
     * The panes are built and bound to the session but not shown: a change runs every listener (kept rows,
     * table refilter, histogram, scatter and box/violin data, details) synchronously on the FX thread, and
     * that is what is timed. Shown, ChartFX also lays the charts out in the next pulse; that part does not
     * grow with the particle count beyond the data already prepared here.
     */
    private static double[] run(ImageResult result, int steps) {
        WorkbenchSession session = new WorkbenchSession();
        VBox charts = new VBox(new HistogramPane(session), new ScatterPane(session), new BoxPlotPane(session));
        new SplitPane(new ViewerPane(session), new ParticleTablePane(session), charts, new DetailsPanel(session));
        ImageEntry entry = new ImageEntry(1, Path.of("bench.tif"), "bench", "sample");
        entry.resultProperty().set(result);
        entry.statusProperty().set(ImageStatus.ANALYSED);
        session.images().add(entry);
        session.currentProperty().set(entry);
        double[] ecd = result.particles().column(Measurement.ECD);
        double lo = Arrays.stream(ecd).min().orElse(0), hi = Arrays.stream(ecd).max().orElse(1);
        double[] ms = new double[steps];
        for (int i = -10; i < steps; i++) { // 10 warm-up changes
            double f = Math.abs(i % 20) / 40.0;
            ParticleFilter filter = ParticleFilter.ALL
                    .withRange(new MeasurementRange(Measurement.ECD, lo + f * (hi - lo), hi - f * (hi - lo) / 2))
                    .excludingEdgeTouching(i % 2 == 0);
            long t = System.nanoTime();
            session.filterProperty().set(filter);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return ms;
    }
}
