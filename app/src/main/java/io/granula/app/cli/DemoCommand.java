package io.granula.app.cli;

import io.granula.app.gui.WorkbenchLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code granula demo}: the workbench on a ready-made project of {@code sample-images/}, analysed on
 * first use. The project lives in the user's data folder ({@code $XDG_DATA_HOME/granula/demo.granula},
 * by default {@code ~/.local/share/granula/}), not in the source tree: {@code mvn clean} would delete it
 * from {@code target/} and force a new analysis, and a file in the checkout would show up in git. It
 * refers to the images where they are; if they moved, the store's relinking finds them by content.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Opens the workbench on a demo project of the bundled sample images (analysed on first use).")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--project", paramLabel = "FILE", description = "Where to keep the demo project (default: ${DEFAULT-VALUE}).")
    Path project = defaultProject();

    @Override
    public Integer call() {
        Path images = Path.of(System.getProperty("granula.home", "."), "sample-images").toAbsolutePath().normalize();
        if (!Files.isDirectory(images)) {
            throw new UserError(images + ": the sample images are missing from this installation", GranulaCommand.SOME_FAILED);
        }
        return WorkbenchLauncher.demo(project.toAbsolutePath(), images);
    }

    static Path defaultProject() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("granula").resolve("demo.granula");
    }
}
