package io.granula.app.gui.training;

import io.granula.app.service.ProjectTraining;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Locale;

/**
 * What a fine-tune gave: AP@0.5 of the old and the new model (and on which images), where the model was
 * saved, and the choice to use it. Not modal: the workbench stays usable while it is open.
 */
final class TrainingResultWindow {
    private final Stage stage = new Stage();

    TrainingResultWindow(Window owner, TrainFromCorrections.Outcome outcome, int uncorrected, Runnable use) {
        ProjectTraining.Result r = outcome.result();
        Label summary = new Label(String.format(Locale.ROOT, "Fine-tuned on %d corrected image(s) in %.0f s, from %s.",
                r.trainedOn().size(), r.training().seconds(), r.initModel().getFileName()));
        Label scores = new Label(scores(r));
        scores.setId("train-scores");
        scores.setStyle("-fx-font-weight: bold");
        Label saved = new Label("Saved as " + r.model() + " (its provenance in the .json beside it).");
        saved.setWrapText(true);
        Button yes = new Button("Use the new model and re-analyse " + uncorrected + " uncorrected image(s)");
        yes.setId("train-use");
        yes.setDefaultButton(true);
        yes.setOnAction(e -> {
            stage.close();
            use.run();
        });
        Button no = new Button("Keep the current model");
        no.setId("train-keep");
        no.setCancelButton(true);
        no.setOnAction(e -> stage.close());
        VBox root = new VBox(10, summary, scores, saved, new HBox(8, yes, no));
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
        stage.initOwner(owner);
        stage.setTitle("Train from my corrections");
        stage.setScene(new Scene(root));
    }

    void show() {
        stage.show();
    }

    /** "AP@0.5 before 0.612, after 0.700 (held-out image c1)". */
    static String scores(ProjectTraining.Result r) {
        return String.format(Locale.ROOT, "AP@0.5 before %.3f, after %.3f (%s)", r.ap50Before(), r.ap50After(),
                r.heldOut() ? "on held-out image(s) " + String.join(", ", r.scoredOn())
                        : "on the training images themselves: too few corrected images to hold one out, so optimistic");
    }
}
