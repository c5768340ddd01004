package io.granula.app.gui;

/** Starts the JavaFX workbench (kept out of the main class: it must not extend Application). */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        javafx.application.Application.launch(WorkbenchApplication.class, args);
    }
}
