package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.app.project.EditOperation;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.Region;
import io.granula.app.service.AnalysisOptions;
import io.granula.app.service.AnalysisService;
import io.granula.core.model.ModelSidecarFile;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code project train} end to end with the tiny test network: one epoch of a few 32-px crops, never more. */
class ProjectTrainCommandTest extends ConsoleCapture {
    @TempDir
    Path tmp;

    private static final String[] TINY_RUN = {"--epochs", "1", "--batch", "2", "--crop", "32", "--val", "1",
            "--val-size", "48", "--threads", "1", "--quiet"};

    private Path analysedProject(String... names) throws Exception {
        Path images = Files.createDirectories(tmp.resolve("study/images"));
        for (int i = 0; i < names.length; i++) {
            TestImages.blobs(images.resolve(names[i] + ".png"), 7 + 4 * i);
        }
        Path project = tmp.resolve("study/s.granula");
        assertThat(Granula.run("project", "create", project.toString(), images.toString())).isZero();
        assertThat(Granula.run("project", "analyze", project.toString(), "--model", TestImages.TINY_MODEL.toString(),
                "--diameter", "17", "--quiet")).isZero();
        return project;
    }

    private static String[] train(Path project, Path out, String... more) {
        String[] head = {"project", "train", project.toString(), "--out", out.toString()};
        String[] args = new String[head.length + TINY_RUN.length + more.length];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(TINY_RUN, 0, args, head.length, TINY_RUN.length);
        System.arraycopy(more, 0, args, head.length + TINY_RUN.length, more.length);
        return args;
    }

    @Test
    void correctedImageTrainsAModelThatLoadsAndNamesTheProject() throws Exception {
        Path project = analysedProject("a1", "b1");
        try (ProjectStore store = ProjectStore.open(project)) {
            long id = store.images().get(0).id();
            store.edit(id, null).apply(new EditOperation.Create(Region.disc(70, 20, 6), false)).orElseThrow();
        }
        Path out = tmp.resolve("models/tuned.pt");

        assertThat(Granula.run(train(project, out))).isEqualTo(GranulaCommand.OK);

        assertThat(out).isRegularFile();
        Map<String, Object> provenance = ModelSidecarFile.readFor(out).provenance();
        assertThat(provenance).containsEntry("trained", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> fromProject = (Map<String, Object>) provenance.get("project");
        assertThat(fromProject.get("file").toString()).endsWith("s.granula");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> images = (List<Map<String, Object>>) fromProject.get("images");
        assertThat(images).extracting(m -> m.get("name")).as("only the corrected image").containsExactly("a1");
        assertThat(fromProject).containsEntry("scored_on_training_images", true);
        assertThat(stdout()).contains("AP@0.5 before").contains("on the training images themselves");
        try (AnalysisService service = AnalysisService.open(new AnalysisOptions(out, 17, "cpu", "1 nm/px", false, 1,
                0.4, 0.0, 15, false), note -> { })) {
            assertThat(service.analyse(tmp.resolve("study/images/b1.png"), ProgressMonitor.NONE).labels().width())
                    .as("the new model loads and segments").isEqualTo(96);
        }
    }

    @Test
    void threeCorrectedImagesHoldTheLastOneOutForScoring() throws Exception {
        Path project = analysedProject("a1", "b1", "c1");
        try (ProjectStore store = ProjectStore.open(project)) {
            for (var img : store.images()) {
                store.edit(img.id(), null).apply(new EditOperation.Create(Region.disc(70, 20, 6), false)).orElseThrow();
            }
        }
        Path out = tmp.resolve("tuned.pt");

        assertThat(Granula.run(train(project, out))).isEqualTo(GranulaCommand.OK);

        assertThat(stdout()).contains("on held-out image(s) c1");
        @SuppressWarnings("unchecked")
        Map<String, Object> fromProject = (Map<String, Object>) ModelSidecarFile.readFor(out).provenance().get("project");
        assertThat(fromProject).containsEntry("scored_on_training_images", false);
        assertThat(fromProject.get("scored_on").toString()).contains("name=c1");
    }

    @Test
    void uncorrectedProjectIsAClearUsageError() throws Exception {
        Path project = analysedProject("a1", "b1");
        Path out = tmp.resolve("tuned.pt");

        assertThat(Granula.run(train(project, out))).isEqualTo(GranulaCommand.USAGE);

        assertThat(stderr()).contains("s.granula").contains("no corrected image to train on").contains("--all");
        assertThat(out).doesNotExist();
    }
}
