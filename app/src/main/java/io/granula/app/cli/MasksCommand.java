package io.granula.app.cli;

import io.granula.core.io.IoMessages;
import io.granula.core.flow.ThreadLimit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.GpuUnavailableException;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.PixelDynamicsFactory;
import io.granula.core.flow.FlowField;
import io.granula.core.image.ImageReadException;
import io.granula.core.io.LabelTiff;
import io.granula.core.io.Npy;
import io.granula.core.progress.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code granula masks --flows FLOWS.npy --out LABELS.tif}: Cellpose's post-processing alone,
 * flows (float32 {@code (3, H, W)} = [dY, dX, cellprob], the network's raw output) to instance
 * labels, with Cellpose's parameters and defaults. Prints one JSON line: input, output, size,
 * object count, device and the time of each stage in milliseconds.
 */
@Command(name = "masks", mixinStandardHelpOptions = true,
        description = "Turns a Cellpose-style flow field (.npy) into instance labels (TIFF); prints one JSON line with timings.")
public final class MasksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--flows", required = true, paramLabel = "FLOWS.npy",
            description = "float32 (3, H, W) array: dY, dX (about 5 inside objects), cellprob (logit).")
    Path flows;

    @Option(names = "--out", required = true, paramLabel = "LABELS.tif", description = "Label image to write (16-bit TIFF, 32-bit above 65535 objects).")
    Path out;

    @Option(names = "--niter", defaultValue = "200", description = "Euler steps (default: ${DEFAULT-VALUE}).")
    int niter;

    @Option(names = "--flow-threshold", defaultValue = "0.4",
            description = "Drop masks whose flow error exceeds this; 0 turns quality control off (default: ${DEFAULT-VALUE}).")
    double flowThreshold;

    @Option(names = "--cellprob-threshold", defaultValue = "0",
            description = "Pixels with cellprob strictly above this move (default: ${DEFAULT-VALUE}).")
    double cellprobThreshold;

    @Option(names = "--min-size", defaultValue = "15", description = "Drop masks with fewer pixels; 0 keeps all (default: ${DEFAULT-VALUE}).")
    int minSize;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|gpu",
            description = "Where to run: auto takes a usable GPU, else the CPU; gpu fails when no GPU is usable (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads (default: all processors).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        PixelDynamicsFactory.Device dev;
        try {
            dev = PixelDynamicsFactory.Device.parse(device);
        } catch (IllegalArgumentException e) {
            throw new UserError("--device: " + e.getMessage());
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        check(niter >= 1, "--niter must be at least 1, got " + niter);
        try {
            ThreadLimit.check(nThreads, "--threads");
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        check(Double.isFinite(flowThreshold) && flowThreshold >= 0, "--flow-threshold must be 0 or more, got " + flowThreshold);
        check(Double.isFinite(cellprobThreshold), "--cellprob-threshold must be a number, got " + cellprobThreshold);
        check(minSize >= 0, "--min-size must be 0 or more, got " + minSize);
        if (!Files.isRegularFile(flows)) {
            throw new UserError("--flows: no such file: " + flows);
        }
        PixelDynamics dynamics;
        try {
            dynamics = PixelDynamicsFactory.fromClassPath().choose(dev);
        } catch (GpuUnavailableException e) {
            throw new UserError("--device gpu: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        FlowField field;
        try {
            field = Npy.readFlows(flows);
        } catch (ImageReadException e) {
            throw new UserError(e.getMessage(), GranulaCommand.SOME_FAILED);
        }
        double readMs = (System.nanoTime() - start) / 1e6;

        DynamicsParameters params = DynamicsParameters.defaults().withNiter(niter).withFlowThreshold(flowThreshold)
                .withCellprobThreshold(cellprobThreshold).withMinSize(minSize).withThreads(nThreads);
        ProgressMonitor progress = new ConsoleProgress(System.err, quiet);
        double cpu0 = processCpuMs();
        MaskResult result = dynamics.computeMasks(field, params, progress);
        double dynamicsCpuMs = processCpuMs() - cpu0;

        long writeStart = System.nanoTime();
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            LabelTiff.write(result.labels(), out);
        } catch (IOException e) {
            throw new UserError("--out: cannot write " + out + ": " + IoMessages.describe(e), GranulaCommand.SOME_FAILED);
        }
        double writeMs = (System.nanoTime() - writeStart) / 1e6;

        Map<String, Object> ms = new LinkedHashMap<>();
        ms.put("read", round(readMs));
        result.stageMillis().entrySet().stream()
                .filter(e -> !e.getKey().equals("total"))
                .forEach(e -> ms.put(e.getKey(), round(e.getValue())));
        ms.put("write", round(writeMs));
        ms.put("dynamics", round(result.stageMillis().getOrDefault("total", 0.0)));
        ms.put("total", round((System.nanoTime() - start) / 1e6));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("flows", flows.toString());
        line.put("out", out.toString());
        line.put("width", field.width());
        line.put("height", field.height());
        line.put("objects", result.labels().objectCount());
        line.put("device", result.device());
        line.put("ms", ms);
        // CPU time of the whole process (all threads, JIT compiler and GC included) during the
        // dynamics: on a busy machine wall time measures the other tenants, this does not.
        line.put("cpu_ms", Map.of("dynamics", round(dynamicsCpuMs)));
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            stdout.println(new ObjectMapper().writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        stdout.flush();
        return GranulaCommand.OK;
    }

    private static double processCpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e6 : Double.NaN;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new UserError(message);
        }
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
