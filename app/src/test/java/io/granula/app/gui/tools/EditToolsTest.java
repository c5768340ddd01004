package io.granula.app.gui.tools;

import io.granula.app.gui.WorkbenchWindow;
import io.granula.app.cli.TestImages;
import io.granula.app.gui.history.HistoryPanel;
import io.granula.app.gui.workflow.AnalysisParameters;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.project.EditRecord;
import io.granula.app.project.ProjectFixtures;
import io.granula.app.project.ProjectStore;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each correction tool driven by real mouse and keyboard events on the viewer of a real (headless
 * Monocle) workbench window, on a real project of 12 disc-shaped particles: the edit reaches the project's
 * history and the session's table.
 */
@ExtendWith(ApplicationExtension.class)
class EditToolsTest {
    @TempDir
    Path dir;
    private WorkbenchWindow window;
    private WorkbenchSession session;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage);
        stage.show();
    }

    @BeforeEach
    void openProject(FxRobot robot) throws Exception {
        Path project;
        try (ProjectStore s = ProjectFixtures.analysedProject(dir)) {
            project = s.file();
        }
        session = window.session();
        robot.interact(() -> window.controller().openProject(project));
        waitUntil(() -> session.current() != null && session.current().result() != null
                && session.current().result().isAnalysed() && session.particles().size() == 12);
        robot.interact(() -> window.viewer().fit());
    }

    @Test
    void clickWithTheDeleteToolRemovesTheParticleAndUndoRedoFollowTheHistory(FxRobot robot) throws Exception {
        robot.clickOn("#tool-delete");
        int label = table().label(4);
        robot.clickOn(centre(4));
        waitUntil(() -> table().size() == 11 && table().rowOf(label) < 0);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> table().size() == 12 && table().rowOf(label) >= 0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> table().size() == 11);
        ListView<EditRecord> history = robot.lookup("#history").queryAs(HistoryPanel.class).list();
        waitUntil(() -> history.getItems().size() == 1 && history.getItems().get(0).state() == EditRecord.State.APPLIED);
        assertThat(history.getItems().get(0).kind()).isEqualTo("delete");
        assertThat(history.getItems().get(0).author()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void dragWithTheDeleteToolRemovesEveryParticleInTheBox(FxRobot robot) throws Exception {
        robot.clickOn("#tool-delete");
        robot.drag(image(1, 1), MouseButton.PRIMARY).moveTo(image(82, 62)).drop(); // about 2 x 1.5 cells top left
        waitUntil(() -> table().size() < 12);
        assertThat(table().size()).isBetween(8, 11);
    }

    @Test
    void brushStrokeFromAParticleGrowsIt(FxRobot robot) throws Exception {
        robot.clickOn("#tool-brush");
        int label = table().label(5);
        double area = table().value(Measurement.AREA, 5);
        double[] c = centroid(5);
        robot.drag(image(c[0], c[1]), MouseButton.PRIMARY).moveTo(image(c[0], c[1] - 16)).drop();
        waitUntil(() -> table().value(Measurement.AREA, table().rowOf(label)) > area);
    }

    @Test
    void eraserChosenByItsShortcutShrinksAParticle(FxRobot robot) throws Exception {
        robot.clickOn(window.viewer()).type(KeyCode.E);
        assertThat(window.viewer().toolProperty().get()).isInstanceOf(BrushTool.class);
        int label = table().label(6);
        double area = table().value(Measurement.AREA, 6);
        double[] c = centroid(6);
        robot.drag(image(c[0] - 14, c[1]), MouseButton.PRIMARY).moveTo(image(c[0] + 14, c[1])).drop();
        waitUntil(() -> table().rowOf(label) < 0 || table().value(Measurement.AREA, table().rowOf(label)) < area);
    }

    @Test
    void freehandLassoWithTheDrawToolAddsAParticleOnBackground(FxRobot robot) throws Exception {
        robot.clickOn("#tool-draw");
        // the band between the first and the second row of cells is background
        robot.drag(image(4, 37), MouseButton.PRIMARY).moveTo(image(14, 37)).moveTo(image(14, 43)).moveTo(image(4, 43)).drop();
        waitUntil(() -> table().size() == 13);
    }

    @Test
    void strokeAcrossTwoParticlesWithTheMergeToolJoinsThem(FxRobot robot) throws Exception {
        robot.clickOn("#tool-merge");
        double[] a = centroid(0), b = centroid(1);
        robot.drag(image(a[0], a[1]), MouseButton.PRIMARY).moveTo(image(b[0], b[1])).drop();
        waitUntil(() -> table().size() == 11);
    }

    @Test
    void cutLineWithTheSplitToolReplacesTheParticleByTwoNewOnesAndSelectsTheLarger(FxRobot robot) throws Exception {
        robot.clickOn("#tool-split");
        int big = argMax(table().column(Measurement.AREA));
        int label = table().label(big);
        int max = maxLabel();
        double[] c = centroid(big);
        robot.drag(image(c[0] + 0.5, c[1] - 15), MouseButton.PRIMARY).moveTo(image(c[0] + 0.5, c[1] + 15)).drop();
        waitUntil(() -> table().size() == 13);
        assertThat(table().rowOf(label)).as("the old id is gone").isNegative();
        int a = table().rowOf(max + 1), b = table().rowOf(max + 2);
        assertThat(a).as("first new id").isNotNegative();
        assertThat(b).as("second new id").isNotNegative();
        int larger = table().value(Measurement.AREA, a) >= table().value(Measurement.AREA, b) ? max + 1 : max + 2;
        waitUntil(() -> session.selectedProperty().get() != null);
        assertThat(session.selectedProperty().get().label()).as("the larger part is selected").isEqualTo(larger);
    }

    @Test
    void shiftClickingTwoSeedsWithTheSplitToolSplitsTheParticleByWatershed(FxRobot robot) throws Exception {
        robot.clickOn(window.viewer()).type(KeyCode.K);
        int big = argMax(table().column(Measurement.AREA));
        int label = table().label(big);
        int max = maxLabel();
        double area = table().value(Measurement.AREA, big);
        double[] c = centroid(big);
        robot.press(KeyCode.SHIFT).clickOn(image(c[0] - 6, c[1])).clickOn(image(c[0] + 6, c[1])).release(KeyCode.SHIFT);
        waitUntil(() -> table().size() == 13);
        assertThat(table().rowOf(label)).as("the old id is gone").isNegative();
        int first = table().rowOf(max + 2);
        assertThat(first).as("the first seed's part has the second new id").isNotNegative();
        assertThat(table().rowOf(max + 1)).as("the second seed's part has the first new id").isNotNegative();
        assertThat(table().value(Measurement.AREA, first) / area).as("seeds symmetric about the centre: about half")
                .isBetween(0.35, 0.65);
        ListView<EditRecord> history = robot.lookup("#history").queryAs(HistoryPanel.class).list();
        waitUntil(() -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).kind()).isEqualTo("split");
        assertThat(HistoryPanel.describe(history.getItems().get(0)))
                .contains("split").contains("particle " + label + " into " + (max + 1) + ", " + (max + 2));
    }

    @Test
    void rectangleWithTheRedoRegionToolResegmentsOnlyThereInOneUndoableEdit(FxRobot robot) throws Exception {
        robot.interact(() -> window.controller().parametersProperty().set(
                new AnalysisParameters(TestImages.TINY_MODEL, 17, 0.4, 0.0, 15, "cpu", false)));
        int[] before = session.current().result().labels().labels().clone();
        robot.clickOn(window.viewer()).type(KeyCode.R);
        assertThat(window.viewer().toolProperty().get()).isInstanceOf(RedoRegionTool.class);
        robot.drag(image(1, 1), MouseButton.PRIMARY).moveTo(image(40, 40)).drop();
        ListView<EditRecord> history = robot.lookup("#history").queryAs(HistoryPanel.class).list();
        waitUntil(() -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).kind()).isEqualTo("replace");
        int[] after = session.current().result().labels().labels();
        int reach = 40 + RedoRegionTool.MARGIN + 1; // beyond the margin the model saw, nothing may change
        for (int y = 0; y < 120; y++) {
            for (int x = reach; x < 160; x++) {
                assertThat(after[y * 160 + x]).as("pixel %d,%d", x, y).isEqualTo(before[y * 160 + x]);
            }
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> java.util.Arrays.equals(session.current().result().labels().labels(), before));
        assertThat(table().size()).isEqualTo(12);
    }

    @Test
    void magneticLassoClicksAndADoubleClickAddAParticle(FxRobot robot) throws Exception {
        robot.clickOn("#tool-magnetic");
        robot.clickOn(image(44, 37)).clickOn(image(56, 37)).clickOn(image(56, 43));
        robot.doubleClickOn(image(44, 43));
        waitUntil(() -> table().size() == 13);
    }

    private ParticleTable table() {
        return session.currentTable();
    }

    private int maxLabel() {
        return session.current().result().labels().maxLabel();
    }

    private double[] centroid(int row) {
        double per = table().units().unitsPerPixel();
        return new double[]{table().value(Measurement.CENTROID_X, row) / per, table().value(Measurement.CENTROID_Y, row) / per};
    }

    private Point2D centre(int row) {
        double[] c = centroid(row);
        return image(c[0], c[1]);
    }

    private Point2D image(double x, double y) {
        double[] local = window.viewer().toScreen(x, y);
        return window.viewer().localToScreen(local[0], local[1]);
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
