package io.granula.app.service;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.calib.Calibration;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.GpuUnavailableException;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.PixelDynamicsFactory;
import io.granula.core.export.SummaryCsvWriter;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.flow.InferenceOptions;
import io.granula.core.flow.ModelRunException;
import io.granula.core.flow.ThreadLimit;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageDocument;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.image.MemoryBudget;
import io.granula.core.io.AtomicFiles;
import io.granula.core.io.IoMessages;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.model.ModelLoadException;
import io.granula.core.pipeline.AnalysisSettings;
import io.granula.core.pipeline.CalibrationResolver;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.ImageAnalyzer;
import io.granula.core.pipeline.ResultsKeys;
import io.granula.core.pipeline.ResultsLayout;
import io.granula.core.pipeline.ResultsWriter;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.pipeline.StageClock;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.stats.ImageSummary;
import io.granula.core.stats.ParticleStatistics;
import io.granula.scalebar.printed.PrintedTextFinder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Analysis of images with one model and one set of options, for the command line, the GUI and the
 * project store: {@link #open} checks the options and loads the model once, {@link #analyse} analyses
 * one image and writes nothing, {@link #analyseBatch} analyses many into a results folder, each image
 * on its own, so that a corrupt image fails alone and its neighbours' results are complete.
 * Failures are {@link ServiceException}s; notes (device fallback, metadata and scale bar disagree) go
 * to the consumer given to {@link #open}.
 */
public final class AnalysisService implements AutoCloseable {

    private final AnalysisOptions options;
    private final AnalysisSettings settings;
    private final CalibrationResolver calibration;
    private final PixelDynamics dynamics;
    private final FlowModel model;
    private final RunRecord run;
    private final SharedOcr ocr;
    private final Optional<PrintedTextFinder> printedText;

    private AnalysisService(AnalysisOptions options, AnalysisSettings settings, CalibrationResolver calibration,
                            PixelDynamics dynamics, FlowModel model, SharedOcr ocr) {
        this.ocr = ocr;
        this.printedText = options.excludeAnnotations()
                ? ocr.engine().map(PrintedTextFinder::new) : Optional.empty();
        this.options = options;
        this.settings = settings;
        this.calibration = calibration;
        this.dynamics = dynamics;
        this.model = model;
        this.run = runRecord(model, settings, options, dynamics);
    }

    /**
     * Checks the options and loads the model.
     *
     * @param notes receives one line for each thing worth knowing that is not a failure
     * @throws ServiceException (bad request) naming the option or file that is wrong
     */
    public static AnalysisService open(AnalysisOptions options, Consumer<String> notes) {
        AnalysisSettings settings = settings(options);
        // one engine for the scale-bar labels and for text printed on the image, opened only when used
        SharedOcr ocr = options.scale() == null || options.excludeAnnotations() ? SharedOcr.open() : SharedOcr.none();
        try {
            CalibrationResolver calibration = calibrationResolver(options, notes, ocr);
            PixelDynamics dynamics = chooseDynamics(options);
            return new AnalysisService(options, settings, calibration, dynamics, loadModel(options), ocr);
        } catch (RuntimeException e) {
            ocr.close();
            throw e;
        }
    }

    /** The run record every image analysed by this service carries (model, checksum, parameters). */
    public RunRecord runRecord() {
        return run;
    }

    /**
     * Analyses one image; writes nothing.
     *
     * @throws ServiceException   (failed) naming the image and what went wrong
     * @throws CancelledException when the monitor cancels
     */
    public ImageResult analyse(Path image, ProgressMonitor monitor) {
        try {
            return analyseOrThrow(image, monitor);
        } catch (ImageReadException e) {
            throw ServiceException.failed(e.getMessage());
        } catch (CancelledException | ServiceException e) {
            throw e; // a cancel is not a failure of the image; a ServiceException names it already
        } catch (RuntimeException | OutOfMemoryError e) {
            throw ServiceException.failed(imageProblem(image, e));
        }
    }

    /**
     * Segments an image already in memory (the workbench's "redo this region" on a crop): the same model,
     * dynamics and settings as {@link #analyse}, without reading a file, reading a scale bar or excluding
     * annotations (a crop of an analysed image has its calibration already).
     *
     * @param source names the image in messages
     * @throws ServiceException   (failed) naming the image and what went wrong
     * @throws CancelledException when the monitor cancels
     */
    public io.granula.core.label.LabelImage segment(Path source, io.granula.core.image.Image2D image,
                                                    Calibration calibration, ProgressMonitor monitor) {
        try {
            return new ImageAnalyzer(model, dynamics, settings).analyze(source, image, calibration, monitor).labels();
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            throw ServiceException.failed(imageProblem(source, e));
        }
    }

    /**
     * Analyses the images of a batch into its results folder: {@code out/<name>/} per image and
     * {@code out/summary.csv} (written only when an image was analysed). The folder is checked before
     * the first image: writable, and not holding an earlier analysis unless {@code overwrite}.
     *
     * @param each receives each image's outcome as soon as it is known (for progress lines)
     * @throws ServiceException (bad request) when there is nothing to analyse or the folder is unusable
     */
    public BatchResult analyseBatch(BatchRequest request, ProgressMonitor monitor, Consumer<ImageOutcome> each) {
        List<ImageOutcome> outcomes = new ArrayList<>();
        List<InputImages.Input> inputs = inputs(request, outcomes, each);
        ResultsLayout layout = prepareOutput(request);
        ResultsWriter writer = new ResultsWriter(layout);
        boolean cancelled = false;
        for (int i = 0; i < inputs.size(); i++) {
            InputImages.Input input = inputs.get(i);
            ProgressMonitor step = monitor.sub((double) i / inputs.size(), (double) (i + 1) / inputs.size());
            step.update(0, input.path().getFileName().toString());
            ImageOutcome outcome;
            try {
                outcome = analyseAndWrite(input, writer, step);
            } catch (CancelledException e) {
                cancelled = true;
                break;
            }
            outcomes.add(outcome);
            each.accept(outcome);
        }
        List<ImageSummary> summaries = outcomes.stream().flatMap(o -> o.summary().stream()).toList();
        Optional<Path> summary = Optional.empty();
        if (!summaries.isEmpty()) {
            try {
                SummaryCsvWriter.write(summaries, layout.summary());
                summary = Optional.of(layout.summary());
            } catch (IOException e) {
                throw ServiceException.failed("cannot write " + layout.summary() + ": " + IoMessages.describe(e));
            }
        }
        return new BatchResult(outcomes, cancelled, summary);
    }

    private ImageOutcome analyseAndWrite(InputImages.Input input, ResultsWriter writer, ProgressMonitor step) {
        Path path = input.path();
        try {
            ImageResult result = analyseOrThrow(path, step);
            Map<String, Object> details = new LinkedHashMap<>(result.calibrationDetails());
            details.put(ResultsKeys.SAMPLE, input.sample());
            writer.write(input.name(), result.analysis(), run, details);
            ImageAnalysis a = result.analysis();
            ImageSummary summary = new ImageSummary(input.name(), a.calibration(),
                    ParticleStatistics.summarise(a.particles(), a.keptRows()));
            return ImageOutcome.analysed(path, input.name(), summary, a.particles().size(), a.keptRows().length,
                    result.seconds());
        } catch (ImageReadException e) {
            return ImageOutcome.failed(path, input.name(), e.getMessage());
        } catch (IOException e) {
            return ImageOutcome.failed(path, input.name(), path + ": cannot write results: " + IoMessages.describe(e));
        } catch (CancelledException e) {
            throw e;
        } catch (ServiceException e) {
            return ImageOutcome.failed(path, input.name(), e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return ImageOutcome.failed(path, input.name(), imageProblem(path, e));
        }
    }

    private ImageResult analyseOrThrow(Path image, ProgressMonitor monitor) throws ImageReadException {
        long t0 = System.nanoTime();
        Map<String, Double> before = new LinkedHashMap<>();
        StageClock clock = StageClock.start();
        ImageDocument doc = ImageReaders.read(image);
        clock.stop(before, "read");
        clock = StageClock.start();
        CalibrationResolver.Resolved resolved = calibration.resolve(doc);
        clock.stop(before, "scalebar");
        clock = StageClock.start();
        List<AnnotationArea> excluded = options.excludeAnnotations()
                ? AnnotationAreas.find(doc.firstPage(), resolved.details(), printedText) : List.of();
        clock.stop(before, "annotations");
        Image2D page = doc.firstPage();
        ImageAnalysis analysis;
        try {
            analysis = new ImageAnalyzer(model, dynamics, settings)
                    .analyze(image, page, resolved.calibration(), excluded, monitor);
        } catch (OutOfMemoryError e) {
            throw ServiceException.failed(tooLittleHeap(image, page));
        }
        analysis = analysis.withEarlierStages(before);
        Map<String, Object> details = new LinkedHashMap<>(resolved.details());
        details.put(ResultsKeys.EXCLUDED_AREAS, excluded.stream().map(AnnotationArea::toJson).toList());
        return new ImageResult(image, analysis, details, run, (System.nanoTime() - t0) / 1e9);
    }

    /** The image, its size, what its analysis needs and the -Xmx to give (the arrays it ran out in are gone by now). */
    private static String tooLittleHeap(Path image, Image2D page) {
        long max = Runtime.getRuntime().maxMemory();
        return String.format(Locale.ROOT, "%s (%dx%d): not enough memory: an image this size takes about %.1f GB of "
                        + "Java heap at the peak of its analysis and this run has %.1f GB; run again with "
                        + "GRANULA_JAVA_OPTS=%s", image, page.width(), page.height(),
                MemoryBudget.analysisPeakBytes(page.width(), page.height()) / 1e9, max / 1e9,
                MemoryBudget.heapAdvice(page.width(), page.height(), max));
    }

    /** One line naming the image and what happened, never a class name or a stack trace. */
    private static String imageProblem(Path image, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return image + ": not enough memory; run again with GRANULA_JAVA_OPTS="
                    + MemoryBudget.heapAdvice(0, 0, Runtime.getRuntime().maxMemory());
        }
        if (e instanceof ModelRunException) {
            return image + ": " + e.getMessage();
        }
        if (Boolean.getBoolean("granula.debug")) {
            e.printStackTrace();
        }
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? "internal error (" + e.getClass().getSimpleName() + "); run with GRANULA_JAVA_OPTS=-Dgranula.debug=true for details"
                : e.getMessage();
        return image + ": analysis failed: " + message;
    }

    private static List<InputImages.Input> inputs(BatchRequest request, List<ImageOutcome> outcomes,
                                                  Consumer<ImageOutcome> each) {
        List<InputImages.Problem> problems = new ArrayList<>();
        List<InputImages.Input> inputs;
        try {
            inputs = InputImages.collect(request.images(), problems);
        } catch (IOException e) {
            throw ServiceException.badRequest("cannot list the input images: " + IoMessages.describe(e));
        }
        for (InputImages.Problem p : problems) {
            ImageOutcome failed = ImageOutcome.failed(p.path(), p.path().getFileName().toString(), p.message());
            outcomes.add(failed);
            each.accept(failed);
        }
        if (inputs.isEmpty()) {
            throw ServiceException.badRequest("no images to analyse in " + request.images());
        }
        return inputs;
    }

    /** Creates the results folder and proves it writable; refuses (or clears) an earlier analysis in it. */
    private static ResultsLayout prepareOutput(BatchRequest request) {
        Path out = request.out();
        ResultsLayout layout = new ResultsLayout(out);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw ServiceException.badRequest("--out: cannot create " + out + ": " + IoMessages.describe(e));
        }
        try {
            AtomicFiles.checkWritable(out);
        } catch (IOException e) {
            throw ServiceException.badRequest("--out: cannot write in " + out + ": " + IoMessages.describe(e));
        }
        try {
            if (layout.holdsResults()) {
                if (!request.overwrite()) {
                    throw ServiceException.badRequest("--out: " + out + " already holds the results of an earlier analysis "
                            + "(" + layout.imageDirs().size() + " image folders" + (Files.exists(layout.summary())
                            ? ", summary.csv" : "") + "); pass --overwrite to replace them, or choose another folder");
                }
                layout.removeResults();
            }
        } catch (IOException e) {
            throw ServiceException.badRequest("--out: cannot replace the earlier results in " + out + ": "
                    + IoMessages.describe(e));
        }
        return layout;
    }

    private static AnalysisSettings settings(AnalysisOptions options) {
        if (!Double.isNaN(options.diameterPx()) && !(options.diameterPx() > 0 && Double.isFinite(options.diameterPx()))) {
            throw ServiceException.badRequest("--diameter must be a positive number of pixels, got " + options.diameterPx());
        }
        try {
            ThreadLimit.check(options.threads(), "--threads");
        } catch (IllegalArgumentException e) {
            throw ServiceException.badRequest(e.getMessage());
        }
        if (!(options.minConfidence() >= 0 && options.minConfidence() <= 1)) {
            throw ServiceException.badRequest("--min-confidence must be between 0 and 1, got " + options.minConfidence());
        }
        if (options.minSize() < 0) {
            throw ServiceException.badRequest("--min-size must not be negative");
        }
        DynamicsParameters dynamics = DynamicsParameters.defaults()
                .withFlowThreshold(options.flowThreshold())
                .withCellprobThreshold(options.cellprobThreshold())
                .withMinSize(options.minSize())
                .withThreads(options.threads());
        return new AnalysisSettings(options.diameterPx(), dynamics,
                ParticleFilter.ALL.excludingEdgeTouching(options.excludeEdge()), options.minConfidence());
    }

    private static CalibrationResolver calibrationResolver(AnalysisOptions options, Consumer<String> notes, SharedOcr ocr) {
        if (options.scale() != null) {
            try {
                return CalibrationResolver.fixed(Calibration.parseUser(options.scale()));
            } catch (IllegalArgumentException e) {
                throw ServiceException.badRequest("--scale: " + e.getMessage());
            }
        }
        return Calibrations.fromFileOrScaleBar(notes, ocr);
    }

    private static PixelDynamics chooseDynamics(AnalysisOptions options) {
        PixelDynamicsFactory.Device device;
        try {
            device = PixelDynamicsFactory.Device.parse(options.device());
        } catch (IllegalArgumentException e) {
            throw ServiceException.badRequest("--device: " + e.getMessage());
        }
        try {
            return PixelDynamicsFactory.fromClassPath().choose(device);
        } catch (GpuUnavailableException e) {
            throw ServiceException.badRequest("--device gpu: " + e.getMessage());
        }
    }

    private static FlowModel loadModel(AnalysisOptions options) {
        if (!Files.isRegularFile(options.model())) {
            throw ServiceException.badRequest("no model file at " + options.model()
                    + "; pass --model PATH to a TorchScript flow model");
        }
        try {
            return FlowModels.load(options.model(), InferenceOptions.defaults().withThreads(options.threads())
                    .withAugment(options.augment()));
        } catch (ModelLoadException e) {
            throw ServiceException.badRequest(e.getMessage());
        }
    }

    /** The run's record; its device is the one that runs the dynamics ("auto" resolved), the request kept beside it. */
    private static RunRecord runRecord(FlowModel model, AnalysisSettings settings, AnalysisOptions options,
                                       PixelDynamics dynamics) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("diameter_px", settings.estimateDiameter() ? "estimated" : settings.diameterPx());
        parameters.put("niter", settings.dynamics().niter());
        parameters.put("flow_threshold", settings.dynamics().flowThreshold());
        parameters.put("cellprob_threshold", settings.dynamics().cellprobThreshold());
        parameters.put("min_size", settings.dynamics().minSize());
        parameters.put("augment", options.augment());
        parameters.put("exclude_annotations", options.excludeAnnotations());
        parameters.put("min_confidence", options.minConfidence());
        parameters.put(ResultsKeys.EXCLUDE_EDGE, options.excludeEdge());
        parameters.put("threads", options.threads());
        parameters.put("device_requested", options.device());
        return new RunRecord(RunRecord.SOFTWARE, Instant.now(), model.name(), model.sha256(), model.provenance(),
                dynamics.device(), parameters, Map.of());
    }

    @Override
    public void close() {
        model.close();
        ocr.close();
    }
}
