package io.granula.core.bench;

import io.granula.core.flow.InferenceOptions;
import io.granula.core.flow.djl.DjlFlowModel;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.progress.ProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Forward-pass time of the default U-Net (issue 3 item 6: at most 2 s at 1024 x 1024 on 2 CPU
 * cores through DJL). For each size it times, with 2 intra-op threads:
 * <ul>
 *   <li>{@code whole}: the image as a single tile (one forward pass, the baseline);</li>
 *   <li>{@code tiled}: {@link DjlFlowModel#predict} as the analyze command runs it (sidecar
 *       tile size, overlap 0.1, normalisation and blending included);</li>
 *   <li>{@code augmented}: the same with {@code analyze --augment} (every tile also run mirrored
 *       three ways and averaged).</li>
 * </ul>
 * and prints the fastest and the median of the timed runs (after the cold call and one more
 * warm-up), the cold call, the tiled/whole ratio, and each against the 2 s target.
 *
 * <pre>
 * /usr/bin/python3 python/unet.py --out segmentation-core/target/bench-models/granula-unet-init.pt
 * mvn -B -o -q -pl segmentation-core test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dai.djl.offline=true -cp segmentation-core/target/test-classes:segmentation-core/target/classes:$(cat \
 *     segmentation-core/target/cp.txt) io.granula.core.bench.ModelForwardBench \
 *     segmentation-core/target/bench-models/granula-unet-init.pt [threads=2] [runs=5] [sizes=512,1024] [tile]
 * </pre>
 */
public final class ModelForwardBench {
    private static final double TARGET_1024_S = 2.0;
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private ModelForwardBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: ModelForwardBench MODEL.pt [threads] [runs] [sizes]; make the model with "
                    + "/usr/bin/python3 python/unet.py --out MODEL.pt");
            System.exit(2);
        }
        Path model = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int[] sizes = args.length > 3 ? Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {512, 1024};
        int tileOverride = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        System.out.printf(Locale.ROOT, "model %s, %d threads, %d timed runs after 2 warm-ups, graph optimizer %s%n",
                model.getFileName(), threads, runs, System.getProperty("ai.djl.pytorch.graph_optimizer", "false (default)"));
        for (int size : sizes) {
            Image2D image = noise(size, 42);
            InferenceOptions base = InferenceOptions.defaults().withThreads(threads).withTileSize(tileOverride);
            // Whole image as one tile: tile edge = padded size (size + stride, a multiple of it).
            Timing whole;
            int tileSize;
            try (DjlFlowModel m = DjlFlowModel.load(model, base)) {
                tileSize = tileOverride > 0 ? tileOverride : m.sidecar().tileSize();
                int stride = m.sidecar().stride();
                int wholeTile = ((size + stride - 1) / stride) * stride + stride;
                try (DjlFlowModel w = DjlFlowModel.load(model, base.withTileSize(wholeTile).withBatchSize(1))) {
                    whole = time(w, image, runs);
                }
            }
            Timing tiled;
            try (DjlFlowModel t = DjlFlowModel.load(model, base)) {
                tiled = time(t, image, runs);
            }
            Timing augmented;
            try (DjlFlowModel a = DjlFlowModel.load(model, base.withAugment(true))) {
                augmented = time(a, image, runs);
            }
            System.out.printf(Locale.ROOT, "%5d px  whole  best %6.3f s (median %6.3f, cold %6.3f, cpu/threads "
                            + "%6.3f) = %.2f x target %.1f s%n", size, whole.min, whole.median, whole.cold,
                    whole.cpu / threads, whole.min / TARGET_1024_S, TARGET_1024_S);
            System.out.printf(Locale.ROOT, "%5d px  tiled  best %6.3f s (median %6.3f, cold %6.3f, cpu/threads "
                            + "%6.3f) = %.2f x whole, %.2f x target (max tile %d)%n", size, tiled.min, tiled.median,
                    tiled.cold, tiled.cpu / threads, tiled.min / whole.min, tiled.min / TARGET_1024_S, tileSize);
            System.out.printf(Locale.ROOT, "%5d px  augmented  best %6.3f s (median %6.3f) = %.2f x tiled%n", size,
                    augmented.min, augmented.median, augmented.min / tiled.min);
        }
    }

    /**
     * Wall seconds of the first (cold) call, of the fastest and the median warm call, and process
     * CPU seconds of the fastest. On a machine shared with other work the fastest call is the
     * best estimate of what idle cores give.
     */
    private record Timing(double cold, double min, double median, double cpu) {
    }

    private static Timing time(DjlFlowModel m, Image2D image, int runs) {
        long t0 = System.nanoTime();
        m.predict(image, Double.NaN, ProgressMonitor.NONE);
        double cold = (System.nanoTime() - t0) / 1e9;
        // PyTorch's profiling graph executor specialises a graph on its second run with a shape.
        m.predict(image, Double.NaN, ProgressMonitor.NONE);
        double[][] t = new double[runs][];
        for (int i = 0; i < runs; i++) {
            long c = CPU.getProcessCpuTime();
            long s = System.nanoTime();
            m.predict(image, Double.NaN, ProgressMonitor.NONE);
            t[i] = new double[] {(System.nanoTime() - s) / 1e9, (CPU.getProcessCpuTime() - c) / 1e9};
        }
        Arrays.sort(t, java.util.Comparator.comparingDouble(r -> r[0]));
        return new Timing(cold, t[0][0], t[runs / 2][0], t[0][1]);
    }

    /** Smooth blobs plus noise, 16-bit range: content does not change a convnet's cost, size does. */
    private static Image2D noise(int size, long seed) {
        Random rnd = new Random(seed);
        float[] p = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                p[y * size + x] = (float) (1000 + 500 * Math.sin(x / 11.0) * Math.cos(y / 13.0) + 50 * rnd.nextGaussian());
            }
        }
        return new Image2D(size, size, PixelType.UINT16, p);
    }
}
