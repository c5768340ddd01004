package io.granula.app.gui;

import io.granula.app.gui.actions.ShortcutHelp;
import io.granula.app.gui.actions.WorkbenchAction;
import io.granula.app.gui.charts.BoxPlotPane;
import io.granula.app.gui.history.HistoryPanel;
import io.granula.app.gui.session.EditService;
import io.granula.app.gui.tools.EditTools;
import io.granula.app.gui.training.TrainFromCorrections;
import io.granula.app.gui.charts.ChartSupport;
import io.granula.app.gui.charts.ChartView;
import io.granula.app.gui.charts.HistogramPane;
import io.granula.app.gui.charts.ScatterPane;
import io.granula.app.gui.panels.AnalysisPanel;
import io.granula.app.gui.panels.CalibrationPanel;
import io.granula.app.gui.panels.DetailsPanel;
import io.granula.app.gui.panels.DisplayPanel;
import io.granula.app.gui.panels.FilterPanel;
import io.granula.app.gui.panels.ImageListPanel;
import io.granula.app.gui.panels.StatusBar;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.table.ParticleTablePane;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.gui.workflow.WorkbenchController;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import io.granula.app.gui.workflow.RecentProjects;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbench window, laid out as microscopists know it from QuPath and Fiji: images and samples on the
 * left, the viewer in the centre, particle details, filter, display and analysis settings on the right,
 * the particle table and the charts below the viewer, and a status bar. It only assembles parts; each
 * part binds to the one {@link WorkbenchSession}.
 */
public final class WorkbenchWindow {
    private final WorkbenchSession session = new WorkbenchSession();
    private final WorkbenchController controller = new WorkbenchController(session);
    private final ViewerPane viewer = new ViewerPane(session);
    private final ImageListPanel images = new ImageListPanel(session);
    private final ParticleTablePane table = new ParticleTablePane(session);
    private final HistogramPane histogram = new HistogramPane(session);
    private final DisplayPanel display = new DisplayPanel(viewer);
    private final EditService edits = new EditService(session, () -> controller.storeProperty().get());
    private final EditTools editTools = new EditTools(session, edits, viewer, () -> controller.parametersProperty().get().toOptions(),
            controller::submit);
    private final List<WorkbenchAction> actions = new ArrayList<>();
    private final Stage stage;
    private final TrainFromCorrections training;
    private final TabPane charts;
    private final Scene scene;

    public WorkbenchWindow(Stage stage) {
        this.stage = stage;
        this.training = new TrainFromCorrections(controller, session, stage);
        BooleanBinding noProject = controller.storeProperty().isNull();
        BooleanBinding busy = controller.runningProperty().isNotNull();
        BooleanBinding noImage = session.currentProperty().isNull();
        BooleanBinding noImages = Bindings.isEmpty(session.images());
        WorkbenchAction newProject = action("New project...", key(KeyCode.N), this::newProject, busy);
        WorkbenchAction open = action("Open project...", key(KeyCode.O), this::openProject, busy);
        WorkbenchAction add = action("Add images...", key(KeyCode.I), this::addImages, noProject.or(busy));
        WorkbenchAction close = action("Close project", key(KeyCode.W), controller::closeProject, noProject.or(busy));
        WorkbenchAction quit = action("Quit", key(KeyCode.Q), stage::close, null);
        WorkbenchAction analyse = action("Analyse selected images", key(KeyCode.R), this::analyseSelected, noImage.or(busy));
        WorkbenchAction analyseAll = action("Analyse all images", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> controller.analyse(List.copyOf(session.images())), noImages.or(busy));
        WorkbenchAction cancel = action("Cancel the running task", new KeyCodeCombination(KeyCode.ESCAPE), controller::cancel, busy.not());
        WorkbenchAction fit = action("Fit image to window", key(KeyCode.DIGIT0), viewer::fit, noImage);
        WorkbenchAction one = action("Actual pixels (1:1)", key(KeyCode.DIGIT1), viewer::oneToOne, noImage);
        WorkbenchAction zoomIn = action("Zoom in", key(KeyCode.EQUALS), () -> viewer.zoom(1.5), noImage);
        WorkbenchAction zoomOut = action("Zoom out", key(KeyCode.MINUS), () -> viewer.zoom(1 / 1.5), noImage);
        WorkbenchAction masks = action("Show or hide masks", key(KeyCode.M), () -> viewer.overlayStyleProperty().set(
                viewer.overlayStyleProperty().get().withVisible(!viewer.overlayStyleProperty().get().visible())), noImage);
        WorkbenchAction fills = action("Outlines or filled masks", key(KeyCode.L), () -> viewer.overlayStyleProperty().set(
                viewer.overlayStyleProperty().get().withFill(!viewer.overlayStyleProperty().get().fill())), noImage);
        WorkbenchAction autoContrast = action("Auto brightness/contrast", new KeyCodeCombination(KeyCode.C,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), display::autoContrast, noImage);
        WorkbenchAction next = action("Next image", new KeyCodeCombination(KeyCode.PAGE_DOWN), () -> step(1), noImages);
        WorkbenchAction previous = action("Previous image", new KeyCodeCombination(KeyCode.PAGE_UP), () -> step(-1), noImages);
        WorkbenchAction exportChart = action("Export chart (PNG or SVG)...", key(KeyCode.E), this::exportChart, noImage);
        WorkbenchAction report = action("Report (PDF)...", key(KeyCode.P), this::report, noProject.or(busy));
        WorkbenchAction train = action("Train from my corrections", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), training::start, noProject.or(busy));
        List<WorkbenchAction> editing = editActions(noImage.or(busy));
        WorkbenchAction help = action("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), () -> ShortcutHelp.show(stage, actions), null);

        Menu file = menu("File", newProject, open, add, null, exportChart, null, close, quit);
        file.getItems().add(2, recentMenu());
        MenuBar menus = new MenuBar(file,
                menu("Analysis", analyse, analyseAll, cancel, null, train, null, report),
                menu("Edit", editing.toArray(WorkbenchAction[]::new)),
                menu("View", fit, one, zoomIn, zoomOut, null, masks, fills, autoContrast, null, next, previous),
                menu("Help", help));
        ToolBar tools = new ToolBar(button(open, "Open"), button(add, "Add images"), button(analyse, "Analyse"),
                button(analyseAll, "Analyse all"), button(report, "Report"), button(fit, "Fit"), button(one, "1:1"), button(masks, "Masks"),
                button(help, "Shortcuts"));

        BoxPlotPane compare = new BoxPlotPane(session);
        Bindings.bindContent(compare.storedMeasurements(), controller.storedMeasurements());
        charts = new TabPane(tab("Histogram", histogram), tab("Scatter", new ScatterPane(session)),
                tab("Compare images", compare));
        bindViewState(charts);
        SplitPane bottom = new SplitPane(table, charts);
        bottom.setDividerPositions(0.4);
        SplitPane centre = new SplitPane(viewer, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);
        VBox right = new VBox(8, new DetailsPanel(session), new FilterPanel(session),
                new CalibrationPanel(session, controller, viewer), display,
                new AnalysisPanel(controller.parametersProperty()));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        // the corrections of the image on screen sit beside its particle panels, not among the charts
        TabPane side = new TabPane(tab("Particle", rightScroll),
                tab("History", new HistoryPanel(session, edits, () -> controller.storeProperty().get())));
        side.setId("side-panels");
        side.setPrefWidth(300);
        SplitPane main = new SplitPane(images, centre, side);
        main.setDividerPositions(0.13, 0.82);
        SplitPane.setResizableWithParent(images, false);
        SplitPane.setResizableWithParent(side, false);
        ToolBar editBar = new ToolBar();
        editBar.getItems().addAll(editTools.toolbarItems());
        editBar.getItems().addAll(button(editing.get(editing.size() - 3), "Undo"), button(editing.get(editing.size() - 2), "Redo"));
        BorderPane root = new BorderPane(main, new VBox(menus, tools, editBar), null,
                new StatusBar(session, viewer, controller), null);
        scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
        acceptDrops(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> session.projectFileProperty().get() == null
                ? "Granula" : "Granula - " + session.projectFileProperty().get().getFileName(), session.projectFileProperty()));
        stage.setOnHidden(e -> controller.shutdown());
    }

    public WorkbenchSession session() {
        return session;
    }

    public WorkbenchController controller() {
        return controller;
    }

    public ViewerPane viewer() {
        return viewer;
    }

    public HistogramPane histogram() {
        return histogram;
    }

    public ParticleTablePane table() {
        return table;
    }

    public EditService edits() {
        return edits;
    }

    public EditTools editTools() {
        return editTools;
    }

    public TrainFromCorrections training() {
        return training;
    }

    /** The tools (one action each), then undo, redo and reset, all going through the one {@link EditService}. */
    private List<WorkbenchAction> editActions(javafx.beans.value.ObservableBooleanValue disabled) {
        List<WorkbenchAction> out = new ArrayList<>();
        for (EditTools.Choice c : editTools.choices()) {
            out.add(action(c.name(), c.key(), () -> editTools.select(c), disabled));
        }
        out.add(action("Undo", key(KeyCode.Z), () -> reportEdit(edits.undo()), disabled));
        out.add(action("Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> reportEdit(edits.redo()), disabled));
        out.add(action("Reset image to the model's masks", null, () -> reportEdit(edits.resetToModel()), disabled));
        edits.lastEditProperty().addListener((o, was, now) -> {
            if (now != null && now.problem() != null) {
                controller.noticeProperty().set(now.problem());
            }
        });
        controller.storeProperty().addListener((o, was, now) -> edits.forget());
        return out;
    }

    private void reportEdit(java.util.concurrent.CompletableFuture<java.util.Optional<io.granula.app.project.EditResult>> f) {
        f.thenAccept(r -> {
            if (r.isEmpty()) {
                javafx.application.Platform.runLater(() -> controller.noticeProperty().set("Nothing to undo or redo"));
            }
        });
    }

    public List<WorkbenchAction> actions() {
        return List.copyOf(actions);
    }

    private WorkbenchAction action(String text, KeyCombination key, Runnable run, javafx.beans.value.ObservableBooleanValue disabled) {
        WorkbenchAction a = new WorkbenchAction(text, key, run, disabled);
        actions.add(a);
        return a;
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static Menu menu(String name, WorkbenchAction... items) {
        Menu m = new Menu(name);
        for (WorkbenchAction a : items) {
            m.getItems().add(a == null ? new SeparatorMenuItem() : a.menuItem());
        }
        return m;
    }

    private static Button button(WorkbenchAction a, String label) {
        Button b = new Button(label);
        b.setOnAction(e -> a.handler().run());
        if (a.disabled() != null) {
            b.disableProperty().bind(a.disabled());
        }
        b.setTooltip(new Tooltip(a.text() + (a.shortcut() == null ? "" : " (" + a.shortcutText() + ")")));
        return b;
    }

    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        return t;
    }

    /** File > Recent projects, filled each time the File menu opens (only when the window remembers them). */
    private Menu recentMenu() {
        Menu m = new Menu("Recent projects");
        RecentProjects recent = Boolean.getBoolean("granula.test") ? null : RecentProjects.user();
        controller.rememberProjectsIn(recent);
        m.setOnShowing(e -> {
            m.getItems().clear();
            for (Path p : recent == null ? List.<Path>of() : recent.list()) {
                MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
                item.setOnAction(a -> controller.openProject(p));
                item.disableProperty().bind(controller.runningProperty().isNotNull());
                m.getItems().add(item);
            }
            if (m.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                m.getItems().add(none);
            }
        });
        m.getItems().add(new MenuItem("(none yet)"));
        return m;
    }

    /** The chart tab and the histogram's measurement follow the project's stored view both ways. */
    private void bindViewState(TabPane charts) {
        var view = controller.viewProperty();
        charts.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                view.set(view.get().withChart(now == null ? "" : now.getText())));
        histogram.measurementChooser().valueProperty().addListener((o, was, now) ->
                view.set(view.get().withHistogramMeasurement(now == null ? "" : now.key())));
        view.addListener((o, was, now) -> {
            charts.getTabs().stream().filter(t -> t.getText().equals(now.chart())).findFirst()
                    .ifPresent(t -> charts.getSelectionModel().select(t));
            histogram.measurementChooser().getItems().stream().filter(m -> m.key().equals(now.histogramMeasurement()))
                    .findFirst().ifPresent(m -> histogram.measurementChooser().setValue(m));
        });
    }

    /** The tab pane of the charts (tests choose a chart here). */
    public TabPane charts() {
        return charts;
    }

    private void step(int by) {
        int n = session.images().size();
        int i = session.images().indexOf(session.current());
        session.currentProperty().set(session.images().get(Math.floorMod(i + by, n)));
    }

    private void analyseSelected() {
        List<ImageEntry> chosen = new ArrayList<>(images.list().getSelectionModel().getSelectedItems());
        if (chosen.isEmpty() && session.current() != null) {
            chosen.add(session.current());
        }
        controller.analyse(chosen);
    }

    private void newProject() {
        FileChooser fc = projectChooser("New project");
        fc.setInitialFileName("study.granula");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            controller.newProject(withExtension(f.toPath()), List.of());
        }
    }

    private void openProject() {
        File f = projectChooser("Open project").showOpenDialog(stage);
        if (f != null) {
            controller.openProject(f.toPath());
        }
    }

    private void addImages() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Add images");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.tif", "*.tiff", "*.png", "*.jpg", "*.jpeg", "*.bmp"));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files != null) {
            controller.addImages(files.stream().map(File::toPath).toList());
        }
    }

    /** The project's PDF report, next to the project file unless the user picks another place. */
    private void report() {
        Path project = session.projectFileProperty().get();
        FileChooser fc = new FileChooser();
        fc.setTitle("Write the project report");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        if (project != null && project.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(project.toAbsolutePath().getParent().toFile());
            fc.setInitialFileName(project.getFileName().toString().replaceFirst("\\.granula$", "") + "-report.pdf");
        }
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            controller.report(f.toPath().toString().endsWith(".pdf") ? f.toPath() : Path.of(f + ".pdf"));
        }
    }

    /** The chart of the selected tab, as a PNG picture or an SVG drawing (the file's extension decides). */
    private void exportChart() {
        Tab tab = charts.getSelectionModel().getSelectedItem();
        if (!(tab.getContent() instanceof ChartView view)) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the " + tab.getText().toLowerCase(java.util.Locale.ROOT) + " chart");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG picture", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        fc.setInitialFileName(tab.getText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".png");
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        Path file = f.toPath();
        if (!file.toString().matches("(?i).*\\.(png|svg)")) {
            boolean svg = fc.getSelectedExtensionFilter() != null && fc.getSelectedExtensionFilter().getDescription().startsWith("SVG");
            file = Path.of(file + (svg ? ".svg" : ".png"));
        }
        Path target = file;
        String chart = tab.getText();
        // only the snapshot is taken here; encoding and writing run in the background (issue 15, item 9)
        ChartSupport.exportInBackground(tab.getContent(), view.chart(), target).whenComplete((done, failed) ->
                javafx.application.Platform.runLater(() -> controller.noticeProperty().set(failed == null
                        ? chart + " chart written to " + target
                        : target + ": cannot write: " + problem(failed))));
    }

    /** The user-facing text of a failed background write. */
    private static String problem(Throwable t) {
        Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        String m = cause.getMessage();
        return m == null || m.isBlank() ? cause.getClass().getSimpleName() : m;
    }

    /** Writes the chart of a tab and returns once it is written (tests call this without the file dialog). */
    public void exportChart(Tab tab, Path file) throws java.io.IOException {
        if (tab.getContent() instanceof ChartView view) {
            ChartSupport.export(tab.getContent(), view.chart(), file);
        }
    }

    /** Files and folders dropped on the window: added to the project (a new one is made first if none is open). */
    private void acceptDrops(Scene s) {
        s.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        s.setOnDragDropped(e -> {
            List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            if (dropped.size() == 1 && dropped.get(0).toString().endsWith(".granula")) {
                controller.openProject(dropped.get(0));
            } else if (controller.storeProperty().get() != null) {
                controller.addImages(dropped);
            } else {
                FileChooser fc = projectChooser("Save the new project as");
                fc.setInitialFileName("study.granula");
                File f = fc.showSaveDialog(stage);
                if (f != null) {
                    controller.newProject(withExtension(f.toPath()), dropped);
                }
            }
        });
    }

    private static FileChooser projectChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Granula projects", "*.granula"));
        return fc;
    }

    private static Path withExtension(Path p) {
        return p.toString().endsWith(".granula") ? p : Path.of(p + ".granula");
    }
}
