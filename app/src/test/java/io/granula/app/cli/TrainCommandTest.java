package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.core.model.ModelSidecar;
import io.granula.core.model.ModelSidecarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {
    @TempDir
    Path dir;

    /** The default U-Net at toy widths (python/make_test_model.py), copied from segmentation-core test resources. */
    private Path init() throws Exception {
        Path src = Path.of(System.getProperty("granula.root"), "segmentation-core/src/test/resources/models/tiny-unet.pt");
        Path model = dir.resolve("init.pt");
        Files.copy(src, model);
        Files.copy(ModelSidecarFile.sidecarOf(src), ModelSidecarFile.sidecarOf(model));
        return model;
    }

    @Test
    void smokeRunOnSyntheticDataWritesTheModelAndItsSidecar() throws Exception {
        Path out = dir.resolve("out/model.pt");
        int code = Granula.run("train", "--data", "synth:2", "--init", init().toString(), "--out", out.toString(),
                "--epochs", "1", "--batch", "2", "--crop", "32", "--val", "1", "--val-size", "48", "--synth-size", "64",
                "--threads", "1", "--quiet");
        assertThat(code).isZero();
        assertThat(out).isRegularFile();
        ModelSidecar s = ModelSidecarFile.readFor(out);
        assertThat(s.provenance()).containsEntry("trained", true).containsEntry("epochs", 1);
    }

    @Test
    void badRequestsAreUserErrors() throws Exception {
        Path init = init();
        assertThat(Granula.run("train", "--data", "synth:0", "--init", init.toString(), "--out", dir.resolve("o.pt").toString(), "--quiet"))
                .isEqualTo(2);
        assertThat(Granula.run("train", "--data", "synth:2", "--init", dir.resolve("missing.pt").toString(),
                "--out", dir.resolve("o.pt").toString(), "--quiet")).isEqualTo(2);
        assertThat(Granula.run("train", "--data", "synth:2", "--init", init.toString(), "--out", dir.resolve("o.pt").toString(),
                "--epochs", "0")).isEqualTo(2);
    }
}
