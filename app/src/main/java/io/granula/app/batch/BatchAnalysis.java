package io.granula.app.batch;

import io.granula.app.cli.GranulaCommand;
import io.granula.app.cli.UserError;
import io.granula.core.calib.Calibration;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.PixelDynamicsFactory;
import io.granula.core.export.SummaryCsvWriter;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.flow.InferenceOptions;
import io.granula.core.image.ImageDocument;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.model.ModelLoadException;
import io.granula.core.pipeline.AnalysisSettings;
import io.granula.core.pipeline.CalibrationResolver;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.ImageAnalyzer;
import io.granula.core.pipeline.ResultsLayout;
import io.granula.core.pipeline.ResultsWriter;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.stats.ImageSummary;
import io.granula.core.stats.ParticleStatistics;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@code analyze} over a batch: one model load, then each image read, calibrated,
 * segmented, measured and written on its own, so that a corrupt image fails alone and its
 * neighbours' results are complete. Returns the exit code.
 */
public final class BatchAnalysis {
    private final BatchOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressMonitor progress;

    public BatchAnalysis(BatchOptions options, PrintWriter out, PrintWriter err, ProgressMonitor progress) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    public int run() {
        CalibrationResolver calibration = calibrationResolver();
        AnalysisSettings settings = settings();
        List<String> problems = new ArrayList<>();
        List<InputImages.Input> inputs;
        try {
            inputs = InputImages.collect(options.images(), problems);
        } catch (IOException e) {
            throw new UserError("cannot list the input images: " + e.getMessage());
        }
        if (inputs.isEmpty()) {
            problems.forEach(p -> err.println("granula: " + p));
            throw new UserError("no images to analyse in " + options.images());
        }
        createOutput();
        PixelDynamics dynamics = chooseDynamics();
        ResultsLayout layout = new ResultsLayout(options.out());
        ResultsWriter writer = new ResultsWriter(layout);
        List<ImageSummary> summaries = new ArrayList<>();
        int failed = problems.size();
        problems.forEach(p -> err.println("granula: " + p));
        try (FlowModel model = loadModel()) {
            RunRecord run = runRecord(model, settings);
            for (int i = 0; i < inputs.size(); i++) {
                InputImages.Input input = inputs.get(i);
                ProgressMonitor step = progress.sub((double) i / inputs.size(), (double) (i + 1) / inputs.size());
                step.update(0, input.path().getFileName().toString());
                try {
                    ImageSummary summary = analyseOne(input, model, dynamics, settings, calibration, writer, run, step);
                    summaries.add(summary);
                } catch (CancelledException e) {
                    err.println("granula: cancelled");
                    break;
                } catch (ImageReadException e) {
                    failed++;
                    err.println("granula: " + e.getMessage());
                } catch (IOException e) {
                    failed++;
                    err.println("granula: " + input.path() + ": cannot write results: " + e.getMessage());
                } catch (OutOfMemoryError e) {
                    failed++;
                    err.println("granula: " + input.path() + ": not enough memory for this image; "
                            + "give Java more with GRANULA_JAVA_OPTS=-Xmx16g");
                } catch (RuntimeException e) {
                    failed++;
                    err.println("granula: " + input.path() + ": analysis failed: " + e);
                    if (Boolean.getBoolean("granula.debug")) {
                        e.printStackTrace(err);
                    }
                }
                err.flush();
            }
        }
        writeSummary(layout, summaries);
        out.flush();
        return failed == 0 ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
    }

    private ImageSummary analyseOne(InputImages.Input input, FlowModel model, PixelDynamics dynamics,
                                    AnalysisSettings settings, CalibrationResolver calibration,
                                    ResultsWriter writer, RunRecord run, ProgressMonitor step) throws IOException {
        long t0 = System.nanoTime();
        ImageDocument doc = ImageReaders.read(input.path());
        CalibrationResolver.Resolved resolved = calibration.resolve(doc);
        ImageAnalysis analysis = new ImageAnalyzer(model, dynamics, settings)
                .analyze(input.path(), doc.firstPage(), resolved.calibration(), step);
        Map<String, Object> details = new LinkedHashMap<>(resolved.details());
        details.put("sample", input.sample());
        writer.write(input.name(), analysis, run, details);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%s: %d particles (%d kept), %s, %.1f s%n", input.path(),
                analysis.particles().size(), analysis.keptRows().length, describe(resolved.calibration()), seconds);
        out.flush();
        return new ImageSummary(input.name(), resolved.calibration(),
                ParticleStatistics.summarise(analysis.particles(), analysis.keptRows()));
    }

    private static String describe(Calibration c) {
        return c.isCalibrated()
                ? String.format(Locale.ROOT, "%.4g nm/px (%s)", c.nmPerPixel(), c.source().name().toLowerCase(Locale.ROOT))
                : "uncalibrated (pixels)";
    }

    private AnalysisSettings settings() {
        if (!Double.isNaN(options.diameterPx()) && !(options.diameterPx() > 0)) {
            throw new UserError("--diameter must be a positive number of pixels, got " + options.diameterPx());
        }
        if (options.threads() < 1) {
            throw new UserError("--threads must be at least 1");
        }
        if (options.minSize() < 0) {
            throw new UserError("--min-size must not be negative");
        }
        DynamicsParameters dynamics = DynamicsParameters.defaults()
                .withFlowThreshold(options.flowThreshold())
                .withCellprobThreshold(options.cellprobThreshold())
                .withMinSize(options.minSize())
                .withThreads(options.threads());
        return new AnalysisSettings(options.diameterPx(), dynamics,
                ParticleFilter.ALL.excludingEdgeTouching(options.excludeEdge()));
    }

    private CalibrationResolver calibrationResolver() {
        if (options.scale() != null) {
            try {
                return CalibrationResolver.fixed(Calibration.parseUser(options.scale()));
            } catch (IllegalArgumentException e) {
                throw new UserError("--scale: " + e.getMessage());
            }
        }
        return Calibrations.fromFileOrScaleBar(err);
    }

    private PixelDynamics chooseDynamics() {
        PixelDynamicsFactory.Device device;
        try {
            device = PixelDynamicsFactory.Device.parse(options.device());
        } catch (IllegalArgumentException e) {
            throw new UserError("--device: " + e.getMessage());
        }
        PixelDynamicsFactory.Choice choice = PixelDynamicsFactory.fromClassPath().choose(device);
        if (!choice.note().isEmpty()) {
            err.println("granula: " + choice.note());
        }
        return choice.dynamics();
    }

    private void createOutput() {
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            throw new UserError("--out: cannot create " + options.out() + ": " + e.getMessage());
        }
    }

    private FlowModel loadModel() {
        if (!Files.isRegularFile(options.model())) {
            throw new UserError("no model file at " + options.model() + "; pass --model PATH to a TorchScript flow model");
        }
        try {
            return FlowModels.load(options.model(), InferenceOptions.defaults().withThreads(options.threads())
                    .withAugment(options.augment()));
        } catch (ModelLoadException e) {
            throw new UserError(e.getMessage());
        }
    }

    private RunRecord runRecord(FlowModel model, AnalysisSettings settings) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("diameter_px", settings.estimateDiameter() ? "estimated" : settings.diameterPx());
        parameters.put("niter", settings.dynamics().niter());
        parameters.put("flow_threshold", settings.dynamics().flowThreshold());
        parameters.put("cellprob_threshold", settings.dynamics().cellprobThreshold());
        parameters.put("min_size", settings.dynamics().minSize());
        parameters.put("augment", options.augment());
        parameters.put("exclude_edge", options.excludeEdge());
        parameters.put("threads", options.threads());
        parameters.put("device_requested", options.device());
        return new RunRecord(RunRecord.SOFTWARE, Instant.now(), model.name(), model.sha256(), model.provenance(),
                options.device(), parameters, Map.of());
    }

    private void writeSummary(ResultsLayout layout, List<ImageSummary> summaries) {
        try {
            SummaryCsvWriter.write(summaries, layout.summary());
        } catch (IOException e) {
            throw new UserError("cannot write " + layout.summary() + ": " + e.getMessage(), GranulaCommand.SOME_FAILED);
        }
    }
}
