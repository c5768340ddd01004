package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.app.project.ProjectStore;
import io.granula.core.pipeline.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code project export} writes what {@code analyze} writes, byte for byte, proven on content: a sample
 * micrograph where the default model finds particles (the tiny test network finds none on the synthetic
 * test images). The export runs while another store holds the project open, through a read-only view.
 */
class ProjectExportIdentityTest extends ConsoleCapture {
    private static final Path ROOT = Path.of(System.getProperty("granula.root", "..")).toAbsolutePath().normalize();
    private static final Path IMAGE = ROOT.resolve("sample-images/precursor-A/A-01.tif");
    private static final Path MODEL = ROOT.resolve("models/granula-default.pt");

    @TempDir
    Path tmp;

    @Test
    void exportOfAnUneditedProjectEqualsAnalyzeOnARealMicrographWithParticles() throws Exception {
        assumeTrue(Files.isRegularFile(IMAGE) && Files.isRegularFile(MODEL),
                "sample image or default model missing: " + IMAGE + ", " + MODEL);
        Path image = Files.copy(IMAGE, Files.createDirectories(tmp.resolve("study")).resolve("A-01.tif"));
        Path project = tmp.resolve("study/s.granula");
        List<String> options = List.of("--model", MODEL.toString(), "--diameter", "22", "--quiet");

        assertThat(Granula.run("project", "create", project.toString(), image.toString())).isEqualTo(GranulaCommand.OK);
        assertThat(Granula.run(concat(List.of("project", "analyze", project.toString()), options)))
                .as(stderr()).isEqualTo(GranulaCommand.OK);
        Path analysed = tmp.resolve("analyze");
        assertThat(Granula.run(concat(List.of("analyze", image.toString(), "--out", analysed.toString()), options)))
                .as(stderr()).isEqualTo(GranulaCommand.OK);
        Path exported = tmp.resolve("export");
        try (ProjectStore holder = ProjectStore.open(project)) {
            assertThat(holder.isReadOnly()).isFalse();
            assertThat(Granula.run("project", "export", project.toString(), "--out", exported.toString()))
                    .as(stderr()).isEqualTo(GranulaCommand.OK);
        }

        List<String> rows = Files.readAllLines(analysed.resolve("A-01").resolve(ResultsLayout.PARTICLES));
        assertThat(rows).as("the default model finds particles on A-01").hasSizeGreaterThan(11);
        for (String f : List.of(ResultsLayout.LABELS, ResultsLayout.PARTICLES, ResultsLayout.OVERLAY)) {
            assertThat(exported.resolve("A-01").resolve(f)).as(f)
                    .hasSameBinaryContentAs(analysed.resolve("A-01").resolve(f));
        }
        assertThat(exported.resolve(ResultsLayout.SUMMARY)).hasSameTextualContentAs(analysed.resolve(ResultsLayout.SUMMARY));
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
