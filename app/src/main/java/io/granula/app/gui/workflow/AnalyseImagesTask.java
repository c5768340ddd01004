package io.granula.app.gui.workflow;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.ScaleBarMark;
import io.granula.app.gui.tasks.MonitoredTask;
import io.granula.app.project.AnalysisSettingsRecord;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.CalibrationOrigin;
import io.granula.app.project.ImageAnalysisRecord;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.calib.Calibration;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.dynamics.PixelDynamicsFactory;
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
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.scalebar.ScaleBarCalibrationResolver;
import io.granula.scalebar.ScaleBarReader;
import javafx.application.Platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Analyses images of the project one after the other, as {@code analyze} does (one model load; each
 * image read, calibrated, segmented and measured on its own), and stores each result in the project as
 * soon as it is done, so a cancel or a crash keeps what was finished. A failed image is marked with its
 * message and the others go on. Returns the number of failed images.
 *
 * <p>TODO(lead): when the analysis service of issue 14 item 9 ({@code app/service}) is merged, call it
 * here instead of the core pipeline; the steps are the same as {@code BatchAnalysis.analyseOne}.
 */
public final class AnalyseImagesTask extends MonitoredTask<Integer> {
    private final ProjectStore store;
    private final List<ImageEntry> entries;
    private final AnalysisParameters parameters;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    public AnalyseImagesTask(ProjectStore store, List<ImageEntry> entries, AnalysisParameters parameters) {
        super("Analysing " + entries.size() + (entries.size() == 1 ? " image" : " images"));
        this.store = store;
        this.entries = List.copyOf(entries);
        this.parameters = parameters;
    }

    @Override
    protected Integer work(ProgressMonitor monitor) throws Exception {
        monitor.update(-1, "loading the model " + parameters.model().getFileName());
        int failed = 0;
        try (FlowModel model = loadModel(); ScaleBarReader bars = ScaleBarReader.open()) {
            AnalysisSettingsRecord settings = store.saveSettings(parameters.toRecord(model.sha256(), threads));
            PixelDynamics dynamics = PixelDynamicsFactory.fromClassPath()
                    .choose(PixelDynamicsFactory.Device.parse(parameters.device())).dynamics();
            CalibrationResolver fromFile = new ScaleBarCalibrationResolver(bars, w -> { });
            for (int i = 0; i < entries.size(); i++) {
                ImageEntry entry = entries.get(i);
                ProgressMonitor sub = monitor.sub((double) i / entries.size(), (double) (i + 1) / entries.size());
                String prefix = entry.name() + " (" + (i + 1) + "/" + entries.size() + "): ";
                ProgressMonitor step = new ProgressMonitor() {
                    @Override
                    public void update(double fraction, String message) {
                        sub.update(fraction, prefix + message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return sub.isCancelled();
                    }
                };
                step.update(0, "reading");
                Platform.runLater(() -> entry.statusProperty().set(ImageStatus.ANALYSING));
                try {
                    ImageResult result = analyseOne(entry, model, dynamics, settings, fromFile, step);
                    Platform.runLater(() -> {
                        entry.messageProperty().set(result.particles().size() + " particles");
                        entry.resultProperty().set(result);
                        entry.statusProperty().set(ImageStatus.ANALYSED);
                    });
                } catch (CancelledException e) {
                    restoreQueued(i);
                    throw e;
                } catch (ImageReadException | RuntimeException | OutOfMemoryError e) {
                    failed++;
                    String why = e instanceof OutOfMemoryError ? "not enough memory for this image" : String.valueOf(e.getMessage());
                    Platform.runLater(() -> entry.fail(why));
                }
            }
        }
        monitor.update(1, "done");
        return failed;
    }

    private ImageResult analyseOne(ImageEntry entry, FlowModel model, PixelDynamics dynamics, AnalysisSettingsRecord settings,
                                   CalibrationResolver fromFile, ProgressMonitor step) throws ImageReadException {
        ProjectImage image = store.image(entry.imageId()).orElseThrow(() -> new IllegalStateException("image no longer in the project"));
        ImageDocument doc = ImageReaders.read(store.resolve(image));
        Optional<CalibrationEntry> stored = store.calibration(image.id());
        ScaleBarMark bar = null;
        Calibration calibration;
        if (stored.isPresent() && stored.get().origin().isManual()) {
            calibration = stored.get().calibration(); // the user's own pixel size wins over the file's
        } else {
            CalibrationResolver.Resolved resolved = fromFile.resolve(doc);
            calibration = resolved.calibration();
            bar = ScaleBarMark.fromDetails(resolved.details()).orElse(null);
            store.setCalibration(image.id(), calibration.nmPerPixel(), CalibrationOrigin.of(calibration.source()), calibration.detail());
        }
        DynamicsParameters dyn = DynamicsParameters.defaults().withFlowThreshold(parameters.flowThreshold())
                .withCellprobThreshold(parameters.cellprobThreshold()).withMinSize(parameters.minSize()).withThreads(threads);
        ImageAnalysis analysis = new ImageAnalyzer(model, dynamics, new AnalysisSettings(parameters.diameterPx(), dyn, ParticleFilter.ALL))
                .analyze(doc.path(), doc.firstPage(), calibration, step);
        store.saveAnalysis(new ImageAnalysisRecord(image.id(), settings.id(), image.sha256(), Instant.now(),
                analysis.diameterPx(), analysis.device(), "{}"), analysis.labels(), analysis.particles());
        return ImageResult.of(analysis.image(), analysis.labels(), analysis.particles(), calibration, bar);
    }

    private void restoreQueued(int from) {
        List<ImageEntry> rest = entries.subList(from, entries.size());
        Platform.runLater(() -> rest.forEach(e -> e.statusProperty().set(
                e.result() != null && e.result().isAnalysed() ? ImageStatus.ANALYSED : ImageStatus.NOT_ANALYSED)));
    }

    private FlowModel loadModel() throws ModelLoadException {
        return FlowModels.load(parameters.model(), InferenceOptions.defaults().withThreads(threads).withAugment(parameters.augment()));
    }
}
