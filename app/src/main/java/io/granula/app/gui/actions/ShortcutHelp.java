package io.granula.app.gui.actions;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;

/** The help dialog: every action with its shortcut, plus what the mouse does in the viewer. */
public final class ShortcutHelp {
    private ShortcutHelp() {
    }

    public static GridPane table(List<WorkbenchAction> actions) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(3);
        int row = 0;
        for (WorkbenchAction a : actions) {
            if (a.shortcut() != null) {
                grid.addRow(row++, new Label(a.shortcutText()), new Label(a.text()));
            }
        }
        grid.addRow(row++, new Label("Mouse wheel"), new Label("Zoom at the cursor"));
        grid.addRow(row++, new Label("Drag"), new Label("Pan"));
        grid.addRow(row, new Label("Click"), new Label("Select the particle (table, details and charts follow)"));
        return grid;
    }

    public static void show(Window owner, List<WorkbenchAction> actions) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(table(actions));
        alert.show();
    }
}
