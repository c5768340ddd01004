package io.granula.app.gui.bench;

import io.granula.app.gui.FxStallWatch;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Frame time of the viewer while panning and zooming a 16-bit 8192x8192 image with 10,000 particles
 * (target: at most 16 ms per frame), as a user sees it: the viewer is shown in a real stage and an
 * {@link AnimationTimer} moves the view one step per pulse, with pulses at full speed
 * ({@code -Djavafx.animation.fullspeed=true}) so a frame is not padded to 60 Hz. A frame's time is the
 * interval from one pulse to the next: the FX thread's work (navigation, the canvas repaint, tiles
 * arriving) plus any wait for Prism to finish rendering the previous frame. Tiles are made on background
 * threads, so frames drawn with a coarser stand-in count as frames (that is what the user sees); the
 * max is the longest the view stood still (the 100 ms rule for the FX thread).
 * Run with {@code scripts/bench.sh viewer [SIZE] [PARTICLES] [FRAMES] [ROUNDS]}; headless Monocle, software Prism.
 */
public final class ViewerBench {
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        int particles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        long t0 = System.nanoTime();
        ImageResult result = scene(size, particles);
        System.out.printf(Locale.ROOT, "data: %dx%d, %d particles, made and measured in %.1f s%n", size, size,
                result.particles().size(), (System.nanoTime() - t0) / 1e9);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false); // each round closes its stage; the toolkit stays for the next
        // Before/after in one run (the machine is shared): rounds alternate between drawing the image smoothed
        // while it moves (as before) and nearest texels while moving (now), each on a fresh viewer (empty caches).
        boolean[] modes = {true, false};
        String[] names = {"smoothed while moving (before)", "nearest while moving (now)"};
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Frames[] pooled = {new Frames(0), new Frames(0)};
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < modes.length; b++) {
                Frames f = round(result, frames, modes[b]);
                f.print("round " + (r + 1) + ", " + names[b]);
                pooled[b] = pooled[b].and(f);
            }
        }
        for (int b = 0; b < modes.length; b++) {
            pooled[b].print("all rounds, " + names[b]);
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * One round's frames: wall time pulse to pulse, and the CPU time the FX and render threads spent in
     * it (what the viewer costs, less sensitive than wall time to other processes on a shared machine),
     * and the FX thread's longest stall ({@link FxStallWatch}) over the measured frames.
     */
    private record Frames(double[] wallMs, double[] cpuMs, double maxStallMs) {
        Frames(int n) {
            this(new double[n], new double[n], 0);
        }

        Frames and(Frames o) {
            return new Frames(concat(wallMs, o.wallMs), concat(cpuMs, o.cpuMs), Math.max(maxStallMs, o.maxStallMs));
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "viewer frame (1600x900 view, pan + zoom, %d frames, %s): wall pulse to pulse %s;"
                            + " CPU of FX + render threads %s (target <= 16 ms); FX thread max stall %.1f ms%n",
                    wallMs.length, what, stats(wallMs), stats(cpuMs), maxStallMs);
        }

        private static String stats(double[] ms) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "mean %.2f, median %.2f, p95 %.2f, max %.2f ms",
                    Arrays.stream(ms).average().orElse(Double.NaN), sorted[ms.length / 2],
                    sorted[(int) (ms.length * 0.95)], sorted[ms.length - 1]);
        }

        private static double[] concat(double[] a, double[] b) {
            double[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    private static Frames round(ImageResult result, int frames, boolean smoothWhileMoving) throws Exception {
        CompletableFuture<Frames> done = new CompletableFuture<>();
        try (FxStallWatch watch = FxStallWatch.start()) {
            Platform.runLater(() -> {
                try {
                    run(result, frames, smoothWhileMoving, watch, done);
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            });
            return done.get();
        }
    }

    private static void run(ImageResult result, int frames, boolean smoothWhileMoving, FxStallWatch watch, CompletableFuture<Frames> done) {
        WorkbenchSession session = new WorkbenchSession();
        ViewerPane viewer = new ViewerPane(session);
        viewer.setSmoothWhileMoving(smoothWhileMoving);
        StackPane root = new StackPane(viewer);
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(new Scene(root, 1600, 900));
        stage.show();
        ImageEntry entry = new ImageEntry(1, Path.of("bench.tif"), "bench", "");
        entry.resultProperty().set(result);
        entry.statusProperty().set(ImageStatus.ANALYSED);
        session.images().add(entry);
        session.currentProperty().set(entry);
        root.layout();
        viewer.fit();
        int warmUp = 60; // JIT, and the first tiles of the fitted view
        Frames f = new Frames(frames);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fx = Thread.currentThread().getId();
        long render = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        new AnimationTimer() {
            private int i = -warmUp;
            private long last;
            private long lastCpu;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long cpu = threads.getThreadCpuTime(fx) + (render < 0 ? 0 : threads.getThreadCpuTime(render));
                if (i == 0) {
                    watch.reset();
                }
                if (i >= 0 && i < frames) {
                    f.wallMs()[i] = (t - last) / 1e6;
                    f.cpuMs()[i] = (cpu - lastCpu) / 1e6;
                }
                last = t;
                lastCpu = cpu;
                if (++i > frames) {
                    stop();
                    stage.close();
                    done.complete(new Frames(f.wallMs(), f.cpuMs(), watch.maxStallMs()));
                    return;
                }
                step(viewer, i + warmUp);
            }
        }.start();
    }

    /** Pans steadily and zooms in and out by 5 % around the centre: fit view to about 2x over a cycle. */
    private static void step(ViewerPane viewer, int i) {
        viewer.navigation().pan(-23, -11);
        int phase = i % 120;
        viewer.navigation().zoomAt(800, 450, phase < 60 ? 1.05 : 1 / 1.05);
    }

    /** A 16-bit image of bright discs on a grid with noise, and its labels, measured as the pipeline would. */
    static ImageResult scene(int size, int particles) {
        int perRow = (int) Math.ceil(Math.sqrt(particles));
        double pitch = size / (double) perRow;
        double radius = pitch * 0.38;
        float[] px = new float[size * size];
        int[] lab = new int[size * size];
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < px.length; i++) {
            px[i] = 8000 + rnd.nextInt(2000);
        }
        int id = 0;
        for (int gy = 0; gy < perRow && id < particles; gy++) {
            for (int gx = 0; gx < perRow && id < particles; gx++) {
                id++;
                double cx = (gx + 0.5) * pitch, cy = (gy + 0.5) * pitch;
                for (int y = (int) (cy - radius); y <= cy + radius; y++) {
                    for (int x = (int) (cx - radius); x <= cx + radius; x++) {
                        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                            lab[y * size + x] = id;
                            px[y * size + x] += 30000;
                        }
                    }
                }
            }
        }
        Image2D image = new Image2D(size, size, PixelType.UINT16, px);
        LabelImage labels = new LabelImage(size, size, lab);
        Calibration cal = new Calibration(5, CalibrationSource.USER, "bench");
        ParticleTable table = new ParticleMeasurer().measure(labels, image, cal, ProgressMonitor.NONE);
        return ImageResult.of(image, labels, table, cal, null);
    }
}
