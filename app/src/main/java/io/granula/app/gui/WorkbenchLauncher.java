package io.granula.app.gui;

import javafx.application.Application;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the JavaFX workbench (kept out of the main class: it must not extend Application). Every
 * way into the window goes through here, so the display check of {@link DisplayCheck} cannot be
 * forgotten by a new window command. Each method returns the exit code once the window closes.
 */
public final class WorkbenchLauncher {
    /** The command line's "bad usage" code: asking for a window where none can open. */
    public static final int NO_DISPLAY = 2;

    private WorkbenchLauncher() {
    }

    /** An empty workbench. */
    public static int launch() {
        return start();
    }

    /** The workbench with a project open. */
    public static int open(Path project) {
        return start("--open", project.toString());
    }

    /** The workbench on the demo project, made from {@code images} and analysed on first use. */
    public static int demo(Path project, Path images) {
        return start("--demo", project.toString(), images.toString());
    }

    private static int start(String... fxArgs) {
        Optional<String> noDisplay = DisplayCheck.whyNoWindow();
        if (noDisplay.isPresent()) {
            System.err.println(noDisplay.get());
            return NO_DISPLAY;
        }
        Application.launch(WorkbenchApplication.class, fxArgs);
        return 0;
    }
}
