package io.granula.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.Granula;
import io.granula.core.pipeline.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project commands end to end with the tiny test network (real DJL, real SQLite, real files). */
class ProjectCommandTest extends ConsoleCapture {
    @TempDir
    Path tmp;

    @Test
    void createAnalyzeResumeInfoAndExportLikeAnalyze() throws Exception {
        Path images = Files.createDirectories(tmp.resolve("study/images"));
        Path a = TestImages.blobs(images.resolve("a1.png"), 7);
        TestImages.blobs(images.resolve("b1.png"), 11);
        Path project = tmp.resolve("study/s.granula");

        assertThat(Granula.run("project", "create", project.toString(), images.toString(), "--sample", "powder A=a*"))
                .isEqualTo(GranulaCommand.OK);
        String model = TestImages.TINY_MODEL.toString();
        assertThat(Granula.run("project", "analyze", project.toString(), "--model", model, "--diameter", "17", "--quiet"))
                .isEqualTo(GranulaCommand.OK);
        assertThat(stdout()).contains("2 analysed, 0 already done, 0 failed");
        String firstRun = stdout();
        clearStdout();
        assertThat(Granula.run("project", "analyze", project.toString(), "--model", model, "--diameter", "17", "--quiet"))
                .as("resumable: nothing left to do").isEqualTo(GranulaCommand.OK);
        assertThat(stdout()).contains("0 analysed, 2 already done, 0 failed");
        clearStdout();

        assertThat(Granula.run("project", "info", project.toString(), "--json")).isEqualTo(GranulaCommand.OK);
        JsonNode info = new ObjectMapper().readTree(stdout());
        assertThat(info.get("samples").toString()).contains("powder A", "images");
        assertThat(info.get("images")).hasSize(2);
        assertThat(info.get("images").get(0).get("sample").asText()).isEqualTo("powder A");
        assertThat(firstRun).contains("[1/2] a1: ").contains("[2/2] b1: ");
        assertThat(info.get("missing")).isEmpty();
        clearStdout();

        Path exported = tmp.resolve("export");
        Path analysed = tmp.resolve("analyze");
        assertThat(Granula.run("project", "export", project.toString(), "--out", exported.toString())).isEqualTo(GranulaCommand.OK);
        assertThat(Granula.run("analyze", a.toString(), "--out", analysed.toString(), "--model", model,
                "--diameter", "17", "--quiet")).isEqualTo(GranulaCommand.OK);
        for (String f : List.of(ResultsLayout.LABELS, ResultsLayout.PARTICLES, ResultsLayout.OVERLAY)) {
            assertThat(exported.resolve("a1").resolve(f)).as(f).hasSameBinaryContentAs(analysed.resolve("a1").resolve(f));
        }
        for (String f : List.of("rois.zip", "particles.geojson", "calibration.json", "run.json")) {
            assertThat(exported.resolve("a1").resolve(f)).isNotEmptyFile();
        }
        assertThat(exported.resolve("coco.json")).isNotEmptyFile();
        assertThat(Files.readAllLines(exported.resolve(ResultsLayout.SUMMARY))).hasSize(3);

        // a hand-drawn particle is in the next export: the current masks are exported, not the model's
        int before = Files.readAllLines(exported.resolve("a1").resolve(ResultsLayout.PARTICLES)).size();
        try (var store = io.granula.app.project.ProjectStore.open(project)) {
            long id = store.images().get(0).id();
            store.edit(id, null).apply(new io.granula.app.project.EditOperation.Create(
                    io.granula.app.project.Region.disc(70, 20, 6), false)).orElseThrow();
        }
        Path again = tmp.resolve("export2");
        assertThat(Granula.run("project", "export", project.toString(), "--out", again.toString())).isEqualTo(GranulaCommand.OK);
        assertThat(Files.readAllLines(again.resolve("a1").resolve(ResultsLayout.PARTICLES))).hasSize(before + 1);
    }

    @Test
    void changedImageKeepsItsResultsAndMovedImageIsRelinkedByContent() throws Exception {
        Path images = Files.createDirectories(tmp.resolve("study/images"));
        Path a = TestImages.blobs(images.resolve("a1.png"), 7);
        Path project = tmp.resolve("study/s.granula");
        Granula.run("project", "create", project.toString(), a.toString());
        String model = TestImages.TINY_MODEL.toString();
        Granula.run("project", "analyze", project.toString(), "--model", model, "--diameter", "17", "--quiet");
        clearStdout();

        Path moved = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.move(a, moved.resolve("renamed.png"));
        assertThat(Granula.run("project", "info", project.toString())).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stdout()).contains("missing: a1: file missing (expected at " + a + ")").contains("a1");
        assertThat(Granula.run("project", "relink", project.toString(), "--search", moved.toString()))
                .isEqualTo(GranulaCommand.OK);
        assertThat(stdout()).contains("a1: found at " + moved.resolve("renamed.png"));
        clearStdout();

        TestImages.blobs(moved.resolve("renamed.png"), 99); // different content, same name
        assertThat(Granula.run("project", "analyze", project.toString(), "--model", model, "--diameter", "17", "--quiet"))
                .isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stdout()).contains(moved.resolve("renamed.png") + " changed on disk since it was added (content hash differs); kept the old results");
        clearStdout();
        assertThat(Granula.run("project", "analyze", project.toString(), "--model", model, "--diameter", "17",
                "--quiet", "--reanalyse-changed")).isEqualTo(GranulaCommand.OK);
        assertThat(stdout()).contains("1 analysed");
    }

    @Test
    void notAProjectIsOneLineNamingTheFile() throws Exception {
        Path f = Files.writeString(tmp.resolve("x.granula"), "hello");
        assertThat(Granula.run("project", "info", f.toString())).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stderr().trim()).isEqualTo("granula: " + f + ": not a Granula project (not an SQLite database)");
    }
}
