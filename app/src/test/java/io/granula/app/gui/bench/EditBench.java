package io.granula.app.gui.bench;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.workflow.ImageLoading;
import io.granula.app.project.EditOperation;
import io.granula.app.project.ProjectFixtures;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.Region;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;
import javafx.application.Platform;
import io.granula.core.stats.Binning;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.Weighting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Mouse release to updated chart data for one hand correction on an image with 5,000 particles (target:
 * under 100 ms). Each step is what a brush stroke's release does: the tool hands a paint operation to the
 * {@link EditService}, which commits it to a real project file (SQLite, synchronous=FULL), re-measures the
 * touched particle, swaps the session's table; the figure stops when the histogram's data (bins of ECD, as the
 * histogram pane computes them) has been recomputed on the FX thread. Alternating strokes and undos keep the image the same size throughout.
 * Run with {@code scripts/bench.sh edit [SIZE] [PARTICLES] [EDITS]}; headless Monocle, software Prism.
 */
public final class EditBench {
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2048;
        int particles = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path dir = Files.createTempDirectory("granula-editbench");
        long t0 = System.nanoTime();
        LabelImage labels = ProjectFixtures.discs(size, size, particles, 3);
        Path image = ProjectFixtures.writeImage(dir.resolve("bench.png"), labels);
        ProjectStore store = ProjectStore.create(dir.resolve("bench.granula"));
        ProjectImage img = store.addImage(image, "bench", 0);
        ProjectFixtures.saveAnalysis(store, img, labels, ProjectFixtures.read(image), io.granula.core.calib.Calibration.none());
        var result = ImageLoading.load(store, img, ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "data: %dx%d, %d particles, project made in %.1f s%n", size, size,
                result.particles().size(), (System.nanoTime() - t0) / 1e9);
        Platform.startup(() -> { });
        WorkbenchSession session = new WorkbenchSession();
        EditService service = new EditService(session, () -> store);
        CompletableFuture<int[]> ready = new CompletableFuture<>();
        int[] chart = new int[1];
        Platform.runLater(() -> {
            // the chart's data as HistogramPane.refresh computes it, on every change of the kept particles
            // (the ChartFX pane itself blocks on its data-set lock when built outside a shown window here)
            session.keptProperty().addListener((o, was, kept) -> {
                double[] v = ParticleStatistics.values(kept.table(), Measurement.ECD, kept.rows());
                chart[0] = ParticleStatistics.histogram(kept.table(), Measurement.ECD, kept.rows(),
                        Binning.count(20), Weighting.COUNT).bins();
            });
            ImageEntry entry = new ImageEntry(img.id(), image, "bench", "");
            entry.resultProperty().set(result);
            entry.statusProperty().set(ImageStatus.ANALYSED);
            session.images().add(entry);
            session.currentProperty().set(entry);
            ready.complete(chart);
        });
        ready.get();
        Random rnd = new Random(11);
        int warm = 20;
        double[] ms = new double[edits];
        for (int i = -warm; i < edits; i++) {
            ParticleTable t = session.currentTable();
            int row = rnd.nextInt(t.size());
            double per = t.units().unitsPerPixel();
            int cx = (int) (t.value(Measurement.CENTROID_X, row) / per), cy = (int) (t.value(Measurement.CENTROID_Y, row) / per);
            long start = System.nanoTime();
            var done = i % 2 == 0
                    ? service.apply(new EditOperation.Paint(t.label(row), Region.disc(cx + 6, cy, 4)))
                    : service.undo();
            done.get();
            CompletableFuture<Integer> shown = new CompletableFuture<>();
            Platform.runLater(() -> shown.complete(chart[0])); // after the chart's listeners ran
            shown.get();
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "edit to chart (%d edits, brush stroke or undo, %d particles): mean %.1f ms, "
                        + "median %.1f ms, p95 %.1f ms, max %.1f ms (target < 100 ms)%n", edits,
                result.particles().size(), Arrays.stream(ms).average().orElse(Double.NaN), sorted[edits / 2],
                sorted[(int) (edits * 0.95)], sorted[edits - 1]);
        store.close();
        Platform.exit();
        System.exit(0);
    }
}
