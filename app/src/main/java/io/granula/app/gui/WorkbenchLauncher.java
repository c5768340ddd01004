package io.granula.app.gui;

import javafx.application.Application;

import java.nio.file.Path;

/** Starts the JavaFX workbench (kept out of the main class: it must not extend Application). */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /** An empty workbench. */
    public static void launch(String[] args) {
        Application.launch(WorkbenchApplication.class);
    }

    /** The workbench with a project open. */
    public static void open(Path project) {
        Application.launch(WorkbenchApplication.class, "--open", project.toString());
    }

    /** The workbench on the demo project, made from {@code images} and analysed on first use. */
    public static void demo(Path project, Path images) {
        Application.launch(WorkbenchApplication.class, "--demo", project.toString(), images.toString());
    }
}
