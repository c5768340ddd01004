package io.granula.app.gui.workflow;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.AnnotationMark;
import io.granula.app.gui.session.ScaleBarMark;
import io.granula.app.gui.tasks.MonitoredTask;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.ProjectStore;
import io.granula.app.service.AnalysisService;
import io.granula.app.service.ProjectAnalysis;
import io.granula.app.service.ProjectAnalysis.ImageEvent;
import io.granula.core.calib.Calibration;
import io.granula.core.image.ImageReadException;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import javafx.application.Platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Analyses images of the project with the same services as {@code granula project analyze}
 * ({@link AnalysisService} loads the model once, {@link ProjectAnalysis} analyses and stores each image as
 * soon as it is done), so the window and the command line give identical results and a cancel keeps
 * what was finished. Each image's status follows the service's events; a failed image is marked with
 * its message and the others go on. Returns the number of failed images.
 */
public final class AnalyseImagesTask extends MonitoredTask<Integer> {
    private final ProjectStore store;
    private final List<ImageEntry> entries;
    private final AnalysisParameters parameters;
    private volatile String prefix = "";

    public AnalyseImagesTask(ProjectStore store, List<ImageEntry> entries, AnalysisParameters parameters) {
        super("Analysing " + entries.size() + (entries.size() == 1 ? " image" : " images"));
        this.store = store;
        this.entries = List.copyOf(entries);
        this.parameters = parameters;
    }

    @Override
    protected Integer work(ProgressMonitor monitor) throws Exception {
        monitor.update(-1, "loading the model " + parameters.model().getFileName());
        Map<Long, ImageEntry> byId = entries.stream().collect(Collectors.toMap(ImageEntry::imageId, Function.identity()));
        ProgressMonitor named = new ProgressMonitor() { // "name (2/30): stage" as the window's progress text
            @Override
            public void update(double fraction, String message) {
                monitor.update(fraction, prefix + message);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        try (AnalysisService service = AnalysisService.open(parameters.toOptions(), note -> { })) {
            ProjectAnalysis.Outcome outcome = new ProjectAnalysis(store, service, parameters.toOptions())
                    .run(byId.keySet(), false, named, e -> onEvent(byId.get(e.image().id()), e));
            monitor.update(1, "done");
            return outcome.failed();
        } catch (CancelledException e) {
            restoreQueued();
            throw e;
        }
    }

    private void onEvent(ImageEntry entry, ImageEvent e) {
        switch (e.kind()) {
            case STARTED -> {
                prefix = e.prefix();
                Platform.runLater(() -> entry.statusProperty().set(ImageStatus.ANALYSING));
            }
            case FAILED -> Platform.runLater(() -> entry.fail(e.message()));
            case SKIPPED -> Platform.runLater(() -> {
                entry.messageProperty().set(e.message());
                entry.statusProperty().set(ImageStatus.ANALYSED);
            });
            case ANALYSED -> {
                ImageResult shown = shown(e);
                Platform.runLater(() -> {
                    entry.messageProperty().set(shown.particles().size() + " particles");
                    entry.resultProperty().set(shown);
                    entry.statusProperty().set(ImageStatus.ANALYSED);
                });
            }
        }
    }

    /**
     * What the window shows of a stored analysis: the service's result, or, when the project keeps a pixel
     * size the user typed or drew (the store rescaled the measurements), the stored masks measured in it.
     */
    private ImageResult shown(ImageEvent e) {
        io.granula.app.service.ImageResult r = e.result();
        Calibration stored = store.calibration(e.image().id()).map(CalibrationEntry::calibration).orElse(r.calibration());
        if (!stored.equals(r.calibration())) {
            try {
                return ImageLoading.load(store, e.image(), ProgressMonitor.NONE);
            } catch (ImageReadException ex) {
                throw new IllegalStateException(ex.getMessage(), ex);
            }
        }
        Optional<ScaleBarMark> bar = ScaleBarMark.fromDetails(r.calibrationDetails());
        return ImageResult.of(r.analysis().image(), r.labels(), r.particles(), r.calibration(), bar.orElse(null),
                AnnotationMark.fromDetails(r.calibrationDetails()));
    }

    private void restoreQueued() {
        Platform.runLater(() -> entries.forEach(e -> {
            if (e.status() == ImageStatus.QUEUED || e.status() == ImageStatus.ANALYSING) {
                e.statusProperty().set(e.result() != null && e.result().isAnalysed() ? ImageStatus.ANALYSED : ImageStatus.NOT_ANALYSED);
            }
        }));
    }
}
