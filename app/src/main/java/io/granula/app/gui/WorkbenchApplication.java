package io.granula.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The workbench window. */
public final class WorkbenchApplication extends Application {
    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Granula: open images with File > Open (coming with the workbench issue)."));
        stage.setTitle("Granula");
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }
}
