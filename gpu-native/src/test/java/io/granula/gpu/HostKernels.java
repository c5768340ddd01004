package io.granula.gpu;

import io.granula.core.flow.FlowField;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CUDA kernels' per-pixel functions compiled for this machine's processor
 * ({@code src/main/cuda/host/dynamics_host.cpp} with g++), run as a process on raw files.
 * Tests skip, saying so, where no C++ compiler is installed.
 */
final class HostKernels {
    private static final Path SOURCES = Path.of("src/main/cuda");
    private static Path executable;

    private HostKernels() {
    }

    /** Compiles the driver once per test run; skips the calling test when there is no g++. */
    static synchronized Path executable() throws IOException, InterruptedException {
        if (executable != null) {
            return executable;
        }
        String compiler = onPath("g++");
        Assumptions.assumeTrue(compiler != null,
                "no g++ on PATH: the host build of the CUDA kernels is not tested here (apt-get install g++)");
        Path out = Files.createDirectories(Path.of("target", "host-kernels")).resolve("dynamics_host");
        // -ffp-contract=off: no fused a*b+c beyond the fmaf the code writes, as nvcc -fmad=false
        run(List.of(compiler, "-std=c++17", "-O2", "-ffp-contract=off", "-Wall", "-Werror",
                "-o", out.toString(), SOURCES.resolve("host/dynamics_host.cpp").toString()));
        executable = out;
        return out;
    }

    /** Seed labels (seed index + 1) the kernels assign, before big-mask removal and renumbering. */
    static int[] seedLabels(FlowField flows, int niter, float threshold, Path dir) throws IOException, InterruptedException {
        int n = flows.width() * flows.height();
        Path in = dir.resolve("flows.f32");
        Path out = dir.resolve("labels.i32");
        ByteBuffer b = le(12L * n);
        b.asFloatBuffer().put(flows.dy()).put(flows.dx()).put(flows.cellprob());
        Files.write(in, b.array());
        run(List.of(executable().toString(), "masks", Integer.toString(flows.width()), Integer.toString(flows.height()),
                Integer.toString(niter), Float.toString(threshold), in.toString(), out.toString()));
        int[] labels = new int[n];
        ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(labels);
        return labels;
    }

    /** Each pixel's squared flow error as gr_flow_error_kernel computes it (0 outside masks). */
    static double[] flowErrors(double[] maskY, double[] maskX, FlowField net, int[] labels, Path dir)
            throws IOException, InterruptedException {
        int n = labels.length;
        ByteBuffer mask = le(16L * n);
        mask.asDoubleBuffer().put(maskY).put(maskX);
        ByteBuffer flows = le(8L * n);
        flows.asFloatBuffer().put(net.dy()).put(net.dx());
        ByteBuffer lab = le(4L * n);
        lab.asIntBuffer().put(labels);
        Path m = Files.write(dir.resolve("mask.f64"), mask.array());
        Path f = Files.write(dir.resolve("net.f32"), flows.array());
        Path l = Files.write(dir.resolve("labels.i32"), lab.array());
        Path out = dir.resolve("errors.f64");
        run(List.of(executable().toString(), "flow-error", Integer.toString(n), m.toString(), f.toString(), l.toString(),
                out.toString()));
        double[] errors = new double[n];
        ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(errors);
        return errors;
    }

    /** Runs a command; returns its exit code and output. */
    static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(p.exitValue(), output);
    }

    record Result(int code, String output) {
    }

    static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Result r = exec(command);
        if (r.code() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + r.code() + "):\n" + r.output());
        }
    }

    private static ByteBuffer le(long bytes) {
        return ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN);
    }
}
