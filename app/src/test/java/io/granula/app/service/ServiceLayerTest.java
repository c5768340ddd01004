package io.granula.app.service;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services are shared by the command line and the GUI, so they import neither (design notes:
 * {@code app/cli} and {@code app/gui} are thin adapters over {@code app/service}, never the reverse).
 */
class ServiceLayerTest {
    private static final Path SOURCES = Path.of(System.getProperty("granula.root", ".."),
            "app/src/main/java/io/granula/app/service");

    @Test
    void servicesImportNothingFromTheCommandLineTheGuiOrJavaFx() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("AnalysisService.java", "ResultsReportService.java");
        for (Path f : files) {
            assertThat(Files.readAllLines(f)).as(f.getFileName().toString())
                    .noneMatch(l -> l.startsWith("import io.granula.app.cli") || l.startsWith("import io.granula.app.gui")
                            || l.startsWith("import javafx") || l.startsWith("import static io.granula.app.cli"));
        }
    }
}
