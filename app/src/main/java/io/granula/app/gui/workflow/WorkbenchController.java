package io.granula.app.gui.workflow;

import io.granula.app.service.InputImages;
import io.granula.app.service.ProjectReportService;
import io.granula.app.service.ResultsReportService;
import io.granula.app.gui.charts.StoredMeasurements;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.tasks.MonitoredTask;
import io.granula.app.project.CalibrationOrigin;
import io.granula.app.project.FilterDocument;
import io.granula.app.project.ImageLinks;
import io.granula.app.project.ProjectException;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.calib.Calibration;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What the window's actions do to the project: create, open, add images, analyse, store the filter,
 * close. Long work runs as a {@link MonitoredTask} on one worker thread (one at a time, shown with
 * progress and Cancel); loading the image on screen runs on a second thread so browsing stays quick
 * while an analysis runs; store writes are short and go through a third. The FX thread only updates the
 * session. Errors end up in {@link #noticeProperty()}, which the window shows.
 */
public final class WorkbenchController {
    private final WorkbenchSession session;
    private final ExecutorService worker = daemon("granula-work");
    private final ExecutorService loader = daemon("granula-load");
    private final ExecutorService writer = daemon("granula-store");
    private final ReadOnlyObjectWrapper<ProjectStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<MonitoredTask<?>> running = new ReadOnlyObjectWrapper<>(this, "running");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ObjectProperty<AnalysisParameters> parameters = new SimpleObjectProperty<>(this, "parameters", AnalysisParameters.defaults());
    private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ObjectProperty<Consumer<Path>> reportOpener = new SimpleObjectProperty<>(this, "reportOpener", pdf -> {
        String problem = SystemOpener.open(pdf);
        if (problem != null) {
            Platform.runLater(() -> notice.set("Report written to " + pdf + "; " + problem));
        }
    });
    private final ObjectProperty<ViewState> view = new SimpleObjectProperty<>(this, "view", ViewState.NONE);
    private final ObservableMap<Long, StoredMeasurements> stored = FXCollections.observableHashMap();
    private RecentProjects recent;
    private boolean restoring;
    private boolean analyseAfterOpen;

    public WorkbenchController(WorkbenchSession session) {
        this.session = session;
        session.currentProperty().addListener((o, was, now) -> loadIfNeeded(now));
        session.filterProperty().addListener((o, was, now) -> saveFilter(now));
        session.currentProperty().addListener((o, was, now) -> {
            if (now != null && !restoring) {
                view.set(view.get().withImage(now.imageId()));
            }
        });
        view.addListener((o, was, now) -> saveSetting(ViewState.KEY, now.toJson()));
    }

    /**
     * Where the window is (image, chart tab, histogram measurement): the window writes its choices here and
     * applies what a reopened project restores; every change is stored in the project.
     */
    public ObjectProperty<ViewState> viewProperty() {
        return view;
    }

    public WorkbenchSession session() {
        return session;
    }

    /**
     * The stored measurements of the open project's analysed images by image id, read in the background
     * after opening, for the charts that compare every image (FX thread only).
     */
    public ObservableMap<Long, StoredMeasurements> storedMeasurements() {
        return stored;
    }

    public ReadOnlyObjectProperty<ProjectStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MonitoredTask<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last error or notice for the user; the window shows it. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<AnalysisParameters> parametersProperty() {
        return parameters;
    }

    /** Creates a project file and adds the given images and folders (their folders become samples). */
    public void newProject(Path file, List<Path> images) {
        submit(new MonitoredTask<ProjectStore>("Creating " + file.getFileName()) {
            @Override
            protected ProjectStore work(ProgressMonitor monitor) {
                ProjectStore created = ProjectStore.create(file);
                try {
                    addAll(created, images, monitor);
                } catch (RuntimeException e) {
                    created.close();
                    throw e;
                }
                return created;
            }
        }, this::show);
    }

    /** Opens a project (read-only with a notice when another Granula has it). */
    public void openProject(Path file) {
        submit(new MonitoredTask<ProjectStore>("Opening " + file.getFileName()) {
            @Override
            protected ProjectStore work(ProgressMonitor monitor) {
                return ProjectStore.open(file);
            }
        }, this::show);
    }

    /**
     * Opens the demo project, creating it from the folders of {@code images} (one sample each) when it
     * does not exist, and analyses whatever is not analysed yet (first use).
     */
    public void openDemo(Path project, Path images) {
        analyseAfterOpen = true;
        if (java.nio.file.Files.isRegularFile(project)) {
            submit(new MonitoredTask<ProjectStore>("Opening " + project.getFileName()) {
                @Override
                protected ProjectStore work(ProgressMonitor monitor) {
                    ProjectStore s = ProjectStore.open(project);
                    // the demo project lives in the user's data folder and outlives the checkout it was
                    // made from: images that moved are found in this installation's samples by content
                    if (!s.isReadOnly() && !ImageLinks.check(s, false).isEmpty()) {
                        ImageLinks.relink(s, List.of(images));
                    }
                    return s;
                }
            }, this::show);
            return;
        }
        List<Path> folders = new ArrayList<>();
        try (var list = java.nio.file.Files.list(images)) {
            list.filter(java.nio.file.Files::isDirectory).sorted().forEach(folders::add);
        } catch (java.io.IOException e) {
            notice.set(images + ": cannot list the sample images: " + e.getMessage());
            return;
        }
        try {
            java.nio.file.Files.createDirectories(project.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            notice.set(project + ": cannot create its folder: " + e.getMessage());
            return;
        }
        newProject(project, folders.isEmpty() ? List.of(images) : folders);
    }

    /** Adds images and folders of images to the open project. */
    public void addImages(List<Path> files) {
        ProjectStore s = store.get();
        if (s == null) {
            notice.set("Create or open a project first (File > New project)");
            return;
        }
        submit(new MonitoredTask<List<ImageEntry>>("Adding images") {
            @Override
            protected List<ImageEntry> work(ProgressMonitor monitor) {
                addAll(s, files, monitor);
                return ProjectEntries.of(s);
            }
        }, entries -> mergeEntries(entries));
    }

    /** Analyses the given images with the current parameters. */
    public void analyse(List<ImageEntry> entries) {
        ProjectStore s = store.get();
        if (s == null || entries.isEmpty()) {
            return;
        }
        if (s.isReadOnly()) {
            notice.set("This project is open read-only: " + s.readOnlyReason().orElse("") );
            return;
        }
        List<ImageEntry> todo = new ArrayList<>();
        for (ImageEntry e : entries) {
            if (e.status() != ImageStatus.MISSING) {
                e.statusProperty().set(ImageStatus.QUEUED);
                todo.add(e);
            }
        }
        AnalyseImagesTask task = new AnalyseImagesTask(s, todo, parameters.get());
        submit(task, failed -> notice.set(failed == 0 ? "Analysed " + todo.size() + " images"
                : failed + " of " + todo.size() + " images failed: see the images list"));
    }

    /**
     * Writes the project's PDF report with {@link ProjectReportService} (what {@code granula report P.granula}
     * writes: the stored masks, samples and filter, so the numbers are the screen's) off the FX thread, then
     * hands the file to {@link #reportOpenerProperty()}. The filter the user just set is stored first.
     */
    public void report(Path pdf) {
        ProjectStore s = store.get();
        if (s == null) {
            notice.set("Create or open a project first (File > New project)");
            return;
        }
        submit(new MonitoredTask<ResultsReportService.Result>("Writing the report " + pdf.getFileName()) {
            @Override
            protected ResultsReportService.Result work(ProgressMonitor monitor) throws Exception {
                writer.submit(() -> { }).get(); // the filter change queued before the click is in the store
                return new ProjectReportService().make(new ProjectReportService.Request(s,
                        ProjectReportService.choices(s), pdf), monitor);
            }
        }, result -> {
            if (result.cancelled()) {
                notice.set("Report cancelled");
                return;
            }
            String problems = result.problems().isEmpty() ? "" : " (" + String.join("; ", result.problems()) + ")";
            notice.set("Report written to " + pdf + problems);
            lastReport.set(pdf);
            Consumer<Path> opener = reportOpener.get();
            if (opener != null) {
                loader.submit(() -> opener.accept(pdf));
            }
        });
    }

    /** The report written last in this session, or null. */
    public ReadOnlyObjectProperty<Path> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** What opens a written report (the desktop's PDF viewer; null: open nothing). Runs off the FX thread. */
    public ObjectProperty<Consumer<Path>> reportOpenerProperty() {
        return reportOpener;
    }

    /**
     * Gives the image a pixel size the user typed or drew: stored in the project's calibration history (the
     * store rescales the image's stored measurements), then the masks measured again in the new units off
     * the FX thread, so the table, the charts and the details all follow. A later analysis keeps it.
     */
    public void setCalibration(ImageEntry entry, double nmPerPixel, CalibrationOrigin origin, String detail) {
        ProjectStore s = store.get();
        if (s == null || s.isReadOnly()) {
            notice.set(s == null ? "Open a project first" : "This project is open read-only: " + s.readOnlyReason().orElse(""));
            return;
        }
        ImageResult was = entry.result();
        Task<ImageResult> recalibrate = new Task<>() {
            @Override
            protected ImageResult call() {
                Calibration c = s.setCalibration(entry.imageId(), nmPerPixel, origin, detail).calibration();
                if (was == null) {
                    return null;
                }
                ParticleTable table = was.isAnalysed()
                        ? new ParticleMeasurer().measure(was.labels(), was.image(), c, ProgressMonitor.NONE) : null;
                return was.withParticles(was.labels(), table, c, null);
            }
        };
        recalibrate.setOnSucceeded(e -> {
            if (recalibrate.getValue() != null && entry.result() == was) {
                entry.resultProperty().set(recalibrate.getValue());
            }
            notice.set(entry.name() + ": pixel size set to " + String.format(java.util.Locale.ROOT, "%.4g", nmPerPixel)
                    + " nm/px (" + detail + ")");
        });
        recalibrate.setOnFailed(e -> notice.set(entry.name() + ": could not set the pixel size: " + message(recalibrate.getException())));
        loader.submit(recalibrate);
    }

    /** Where opened projects are remembered (the window gives the user's list; tests none). */
    public void rememberProjectsIn(RecentProjects list) {
        recent = list;
    }

    /** Cancels the running task (the work stops at its next check, within a second). */
    public void cancel() {
        MonitoredTask<?> t = running.get();
        if (t != null) {
            t.cancel(false);
        }
    }

    public void closeProject() {
        ProjectStore s = store.get();
        session.currentProperty().set(null);
        session.images().clear();
        store.set(null);
        session.projectFileProperty().set(null);
        if (s != null) {
            writer.submit(s::close);
        }
    }

    /** Ends the background threads and closes the project (window closing). */
    public void shutdown() {
        cancel();
        closeProject();
        worker.shutdown();
        loader.shutdown();
        writer.shutdown();
    }

    private void show(ProjectStore opened) {
        ProjectStore old = store.get();
        if (old != null && old != opened) {
            writer.submit(old::close);
        }
        store.set(opened);
        stored.clear();
        session.projectFileProperty().set(opened.file());
        if (recent != null) {
            writer.submit(() -> recent.add(opened.file()));
        }
        opened.readOnlyReason().ifPresent(r -> notice.set("Opened read-only: " + r));
        loader.submit(() -> {
            List<ImageEntry> entries = ProjectEntries.of(opened);
            ParticleFilter filter = opened.setting(ProjectStore.FILTERS).map(FilterDocument::read).orElse(ParticleFilter.ALL);
            ViewState restored = ViewState.of(opened.setting(ViewState.KEY));
            AnalysisParameters params = opened.images().stream()
                    .map(i -> opened.analysis(i.id())).flatMap(java.util.Optional::stream)
                    .reduce((a, b) -> b).flatMap(a -> opened.settings(a.settingsId()))
                    .map(AnalysisParameters::of).orElse(null);
            Platform.runLater(() -> {
                restoring = true; // what comes back from the file is not written back
                session.filterProperty().set(filter);
                if (params != null) {
                    parameters.set(params);
                }
                session.images().setAll(entries);
                view.set(restored);
                if (!entries.isEmpty()) {
                    session.currentProperty().set(entries.stream().filter(e -> e.imageId() == restored.imageId())
                            .findFirst().orElse(entries.get(0)));
                }
                restoring = false;
                if (analyseAfterOpen) {
                    analyseAfterOpen = false;
                    List<ImageEntry> todo = entries.stream().filter(e -> e.status() == ImageStatus.NOT_ANALYSED).toList();
                    if (!todo.isEmpty()) {
                        analyse(todo);
                    }
                }
            });
            List<Long> analysed = entries.stream().filter(e -> e.status() == ImageStatus.ANALYSED).map(ImageEntry::imageId).toList();
            try {
                Map<Long, StoredMeasurements> values = StoredComparison.read(opened, analysed);
                Platform.runLater(() -> {
                    if (store.get() == opened) {
                        stored.putAll(values);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> notice.set("Could not read the stored measurements of " + opened.file().getFileName()
                        + " for the image comparison: " + e.getMessage()));
            }
        });
    }

    private void mergeEntries(List<ImageEntry> fresh) {
        List<Long> known = session.images().stream().map(ImageEntry::imageId).toList();
        for (ImageEntry e : fresh) {
            if (!known.contains(e.imageId())) {
                session.images().add(e);
            }
        }
        if (session.current() == null && !session.images().isEmpty()) {
            session.currentProperty().set(session.images().get(0));
        }
    }

    private static void addAll(ProjectStore s, List<Path> files, ProgressMonitor monitor) {
        List<InputImages.Problem> problems = new ArrayList<>();
        List<InputImages.Input> inputs;
        try {
            inputs = InputImages.collect(files, problems);
        } catch (java.io.IOException e) {
            throw new ProjectException("cannot list the images: " + e.getMessage(), e);
        }
        for (int i = 0; i < inputs.size(); i++) {
            monitor.checkCancelled();
            InputImages.Input in = inputs.get(i);
            monitor.update((double) i / inputs.size(), "adding " + in.path().getFileName());
            long sample = in.sample() == null || in.sample().isBlank() ? 0 : s.ensureSample(in.sample()).id();
            s.addImage(in.path(), in.name(), sample);
        }
        if (!problems.isEmpty()) {
            throw new ProjectException(problems.stream().map(InputImages.Problem::message)
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    private void loadIfNeeded(ImageEntry entry) {
        ProjectStore s = store.get();
        if (entry == null || s == null || entry.result() != null
                || entry.status() == ImageStatus.MISSING || entry.status() == ImageStatus.FAILED) {
            return;
        }
        Task<ImageResult> load = new Task<>() {
            @Override
            protected ImageResult call() throws Exception {
                ProjectImage image = s.image(entry.imageId()).orElseThrow();
                return ImageLoading.load(s, image, ProgressMonitor.NONE);
            }
        };
        load.setOnSucceeded(e -> {
            if (entry.result() == null || !entry.result().isAnalysed()) { // an analysis may have finished first
                entry.resultProperty().set(load.getValue());
            }
        });
        load.setOnFailed(e -> entry.fail(message(load.getException())));
        loader.submit(load);
    }

    private void saveFilter(ParticleFilter filter) {
        saveSetting(ProjectStore.FILTERS, FilterDocument.write(filter));
    }

    private void saveSetting(String key, String json) {
        ProjectStore s = store.get();
        if (s == null || restoring || s.isReadOnly()) {
            return;
        }
        writer.submit(() -> {
            try {
                s.putSetting(key, json);
            } catch (RuntimeException e) {
                Platform.runLater(() -> notice.set("Could not store the " + (key.equals(ProjectStore.FILTERS)
                        ? "filter" : "view") + ": " + e.getMessage()));
            }
        });
    }

    /**
     * Runs a task in the background as the window's one running task (progress and Escape-to-cancel in the
     * status bar), then hands its result to {@code onSuccess} on the FX thread; a failure or cancel becomes
     * the notice. Refused, with a notice, while another task runs.
     */
    public <T> void submit(MonitoredTask<T> task, Consumer<T> onSuccess) {
        if (running.get() != null) {
            notice.set("Wait for \"" + running.get().name() + "\" to finish, or cancel it");
            return;
        }
        running.set(task);
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                running.set(null);
                onSuccess.accept(task.getValue());
            } else if (now == Worker.State.FAILED) {
                running.set(null);
                notice.set(task.name() + " failed: " + message(task.getException()));
            } else if (now == Worker.State.CANCELLED) {
                running.set(null);
                notice.set(task.name() + ": cancelled");
            }
        });
        worker.submit(task);
    }

    /** The user-facing text of a failure: the message of a known error, the class name otherwise. */
    static String message(Throwable t) {
        if (t instanceof CancelledException) {
            return "cancelled";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
