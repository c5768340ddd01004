package io.granula.app.gui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The JavaFX application of the workbench. Arguments (from {@link WorkbenchLauncher}): none for an empty
 * window, {@code --open FILE} to open a project, {@code --demo FILE IMAGES_DIR} for the demo project
 * (created from the images and analysed on first use).
 */
public final class WorkbenchApplication extends Application {
    @Override
    public void start(Stage stage) {
        WorkbenchWindow window = new WorkbenchWindow(stage);
        List<String> args = getParameters().getRaw();
        if (args.size() >= 2 && args.get(0).equals("--open")) {
            window.controller().openProject(Path.of(args.get(1)));
        } else if (args.size() >= 3 && args.get(0).equals("--demo")) {
            window.controller().openDemo(Path.of(args.get(1)), Path.of(args.get(2)));
        }
        stage.show();
    }
}
