package io.granula.app.gui.tools;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.tasks.MonitoredTask;
import io.granula.app.service.AnalysisOptions;
import io.granula.core.label.LabelImage;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.gui.viewer.ViewerTool;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The mask-correction tools, their shortcuts and settings (brush radius, magnetic-lasso sensitivity), and
 * the toggle bar that shows which one is active. Choosing a tool gives it the viewer's mouse; "Navigate"
 * gives the mouse back to pan and select.
 */
public final class EditTools {
    /** One tool as the menus, the toolbar and the shortcut help show it; a null tool means navigate. */
    public record Choice(String name, String button, KeyCombination key, ViewerTool tool) {
    }

    private final ViewerPane viewer;
    private final IntegerProperty brushRadius = new SimpleIntegerProperty(this, "brushRadius", 4);
    private final DoubleProperty sensitivity = new SimpleDoubleProperty(this, "sensitivity", 0.8);
    private final List<Choice> choices = new ArrayList<>();
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();

    /**
     * @param options    the analysis options "redo this region" segments with (the analysis panel's)
     * @param runner     runs a background task with the window's progress and cancel, then hands its result
     *                   to the consumer on the FX thread
     */
    public EditTools(WorkbenchSession session, EditService edits, ViewerPane viewer, Supplier<AnalysisOptions> options,
                     BiConsumer<MonitoredTask<LabelImage>, Consumer<LabelImage>> runner) {
        this.viewer = viewer;
        choices.add(new Choice("Navigate (pan and select)", "Navigate", key(KeyCode.N), null));
        choices.add(new Choice("Delete particles (click, drag a box, Shift-drag a lasso)", "Delete", key(KeyCode.D),
                new DeleteTool(session, edits, viewer)));
        choices.add(new Choice("Draw a particle (drag freehand, or click corners and double-click)", "Draw", key(KeyCode.P),
                new DrawTool(session, edits, viewer)));
        choices.add(new Choice("Magnetic lasso (click along the edge, double-click to close)", "Magnetic", key(KeyCode.A),
                new MagneticLassoTool(session, edits, viewer, sensitivity)));
        choices.add(new Choice("Brush (adds to a particle)", "Brush", key(KeyCode.B),
                new BrushTool(session, edits, viewer, false, brushRadius)));
        choices.add(new Choice("Eraser", "Eraser", key(KeyCode.E), new BrushTool(session, edits, viewer, true, brushRadius)));
        choices.add(new Choice("Merge (drag across the particles)", "Merge", key(KeyCode.G), new MergeTool(session, edits, viewer)));
        choices.add(new Choice("Split (drag a cut line, or Shift-click two seeds in one particle)", "Split", key(KeyCode.K), new SplitTool(session, edits, viewer)));
        choices.add(new Choice("Redo this region (drag a rectangle: segment it again, replace the particles mostly inside)",
                "Redo region", key(KeyCode.R), new RedoRegionTool(session, edits, viewer, options, runner)));
        for (Choice c : choices) {
            ToggleButton b = new ToggleButton(c.button());
            b.setId("tool-" + c.button().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            b.setToggleGroup(group);
            b.setUserData(c);
            b.setTooltip(new Tooltip(c.name() + " (" + c.key().getDisplayText() + ")"));
            buttons.add(b);
        }
        buttons.get(0).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one tool is always active
                return;
            }
            viewer.toolProperty().set(((Choice) now.getUserData()).tool());
        });
    }

    /** Plain letters, as QuPath's and Fiji's tools: they act when the viewer or a button has focus. */
    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY);
    }

    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    public void select(Choice c) {
        buttons.get(choices.indexOf(c)).setSelected(true);
    }

    public IntegerProperty brushRadiusProperty() {
        return brushRadius;
    }

    public DoubleProperty sensitivityProperty() {
        return sensitivity;
    }

    /** The toggle buttons, the brush size and the lasso sensitivity, for a toolbar. */
    public List<Node> toolbarItems() {
        List<Node> out = new ArrayList<>(buttons);
        Spinner<Integer> size = new Spinner<>(1, 60, brushRadius.get());
        size.setId("brush-size");
        size.setPrefWidth(70);
        size.setEditable(true);
        size.valueProperty().addListener((o, was, now) -> brushRadius.set(now));
        size.setTooltip(new Tooltip("Brush and eraser radius in image pixels"));
        Slider snap = new Slider(0, 1, sensitivity.get());
        snap.setId("lasso-sensitivity");
        snap.setPrefWidth(80);
        sensitivity.bind(snap.valueProperty());
        snap.setTooltip(new Tooltip("Magnetic lasso: how strongly the line snaps to edges"));
        out.add(new HBox(4, new Label("Brush"), size));
        out.add(new HBox(4, new Label("Snap"), snap));
        return out;
    }

    public ViewerPane viewer() {
        return viewer;
    }
}
