package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SynthCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesImagesLabelsAndManifestsPairedByStem() throws Exception {
        int code = Granula.run("synth", "--out", dir.toString(), "--n", "3", "--seed", "11", "--size", "96",
                "--max-diameter", "30", "--quiet");
        assertThat(code).isZero();
        for (int i = 0; i < 3; i++) {
            String stem = String.format("synth_%05d", i);
            assertThat(dir.resolve("images/" + stem + ".tif")).isRegularFile();
            assertThat(dir.resolve("meta/" + stem + ".json")).isRegularFile();
            LabelImage labels = LabelTiff.read(dir.resolve("labels/" + stem + ".tif"));
            assertThat(labels.width()).isEqualTo(96);
            assertThat(labels.objectCount()).isPositive();
        }
    }

    @Test
    void sameSeedWritesIdenticalFiles() throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertThat(Granula.run("synth", "--out", a.toString(), "--n", "1", "--seed", "5", "--size", "64", "--style", "tem", "--quiet")).isZero();
        assertThat(Granula.run("synth", "--out", b.toString(), "--n", "1", "--seed", "5", "--size", "64", "--style", "tem", "--quiet")).isZero();
        assertThat(Files.readAllBytes(a.resolve("images/synth_00000.tif"))).isEqualTo(Files.readAllBytes(b.resolve("images/synth_00000.tif")));
        assertThat(Files.readAllBytes(a.resolve("labels/synth_00000.tif"))).isEqualTo(Files.readAllBytes(b.resolve("labels/synth_00000.tif")));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Granula.run("synth", "--out", dir.toString(), "--n", "0")).isEqualTo(2);
        assertThat(Granula.run("synth", "--out", dir.toString(), "--n", "1", "--style", "xray")).isEqualTo(2);
        assertThat(Granula.run("synth", "--out", dir.toString(), "--n", "1", "--arrangement", "stacked")).isEqualTo(2);
        assertThat(Granula.run("synth", "--out", dir.toString(), "--n", "1", "--kinds", "disc,cube")).isEqualTo(2);
        assertThat(Granula.run("synth", "--n", "1")).isEqualTo(2);
    }

    @Test
    void kindsRestrictTheShapesDrawn() throws Exception {
        assertThat(Granula.run("synth", "--out", dir.toString(), "--n", "4", "--seed", "3", "--size", "128",
                "--max-diameter", "40", "--kinds", "wire,rod", "--quiet")).isZero();
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            JsonNode meta = new ObjectMapper().readTree(dir.resolve(String.format("meta/synth_%05d.json", i)).toFile());
            meta.get("particles").forEach(p -> drawn.add(p.get("kind").asText()));
        }
        assertThat(drawn).isNotEmpty().isSubsetOf("wire", "rod");
    }
}
