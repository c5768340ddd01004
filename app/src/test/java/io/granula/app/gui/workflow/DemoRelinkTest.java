package io.granula.app.gui.workflow;

import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.project.ImageLinks;
import io.granula.app.project.ProjectStore;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo project is kept in the user's data folder, so it outlives the checkout it was made from
 * (seen: a demo made by one checkout showed every image as "file missing" in another once the first was
 * deleted). Opening it again finds the images in this installation's samples by content.
 */
@ExtendWith(ApplicationExtension.class)
class DemoRelinkTest {
    private static final Path SAMPLE = Path.of("..").toAbsolutePath().normalize()
            .resolve("sample-images/precursor-A/A-01.tif");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aDemoMadeByAnotherCheckoutFindsItsImagesInThisOnesSamples(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("data/demo.granula");
        Path oldCheckout = Files.createDirectories(tmp.resolve("old-checkout/sample-images/precursor-A"));
        Path newSamples = Files.createDirectories(tmp.resolve("new-checkout/sample-images/precursor-A"));
        Files.createDirectories(project.getParent());
        Files.copy(SAMPLE, oldCheckout.resolve("A-01.tif"));
        try (ProjectStore store = ProjectStore.create(project)) {
            store.addImage(oldCheckout.resolve("A-01.tif"), "A-01", 0);
        }
        Files.copy(SAMPLE, newSamples.resolve("A-01.tif"));
        Files.delete(oldCheckout.resolve("A-01.tif"));

        WorkbenchSession session = new WorkbenchSession();
        WorkbenchController controller = new WorkbenchController(session);
        Platform.runLater(() -> controller.openDemo(project, newSamples.getParent()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !session.images().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.images()).hasSize(1);
        assertThat(session.images().get(0).status()).isNotEqualTo(ImageStatus.MISSING);
        ProjectStore store = controller.storeProperty().get();
        assertThat(ImageLinks.check(store, false)).isEmpty();
        assertThat(store.resolve(store.images().get(0))).isEqualTo(newSamples.resolve("A-01.tif"));
        WaitForAsyncUtils.asyncFx(controller::shutdown).get(30, TimeUnit.SECONDS);
    }
}
