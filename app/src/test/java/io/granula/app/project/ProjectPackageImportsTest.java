package io.granula.app.project;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store is a service: its compiled classes name no JavaFX class and nothing from app.cli or app.gui.
 * Class files hold every class they refer to in their constant pool as a UTF-8 internal name
 * ("javafx/...", "io/granula/app/cli/..."), so a byte search over them is a complete check.
 */
class ProjectPackageImportsTest {
    @Test
    void storeClassesReferToNoJavaFxNorCommandLineNorGui() throws IOException, URISyntaxException {
        Path pkg = Path.of(ProjectStore.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/granula/app/project");
        List<Path> classes;
        try (Stream<Path> s = Files.list(pkg)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(15);
        for (Path c : classes) {
            String pool = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            assertThat(pool).as(c.getFileName().toString())
                    .doesNotContain("javafx/").doesNotContain("io/granula/app/cli/").doesNotContain("io/granula/app/gui/");
        }
    }
}
