package io.granula.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.Granula;
import io.granula.core.pipeline.ResultsLayout;
import io.granula.gpu.CudaProbe;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyze command end to end with the tiny TorchScript test network (real DJL inference, real
 * dynamics, real files); the trained default model's accuracy is proven in its own tests.
 */
class AnalyzeCommandTest extends ConsoleCapture {
    private static final Path TINY_MODEL = TestImages.TINY_MODEL;

    @TempDir
    Path tmp;


    private Path blobs(String name) throws Exception {
        return TestImages.blobs(tmp.resolve(name), 7);
    }

    @Test
    void corruptImageFailsAloneAndIsNamed() throws Exception {
        Path good = blobs("good.png");
        Path bad = tmp.resolve("broken.tif");
        Files.write(bad, new byte[]{'I', 'I', 42, 0, 8, 0, 0, 0, 99, 1, 2, 3});
        Path results = tmp.resolve("results");

        int code = Granula.run("analyze", good.toString(), bad.toString(), "--out", results.toString(),
                "--model", TINY_MODEL.toString(), "--quiet");

        assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stderr()).contains("broken.tif").doesNotContain("Exception\n\tat");
        Path dir = results.resolve("good");
        for (String f : List.of(ResultsLayout.LABELS, ResultsLayout.PARTICLES, ResultsLayout.OVERLAY,
                ResultsLayout.CALIBRATION, ResultsLayout.RUN)) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
        assertThat(results.resolve("broken")).doesNotExist();
        List<String> summary = Files.readAllLines(results.resolve(ResultsLayout.SUMMARY));
        assertThat(summary).hasSize(2);
        assertThat(summary.get(1)).startsWith("good,");
        BufferedImage overlay = ImageIO.read(dir.resolve(ResultsLayout.OVERLAY).toFile());
        assertThat(overlay.getWidth()).isEqualTo(96);
        assertThat(overlay.getHeight()).isEqualTo(80);
    }

    @Test
    void typedScaleIsRecordedAsUserCalibration() throws Exception {
        Path good = blobs("img.png");
        Path results = tmp.resolve("r");

        int code = Granula.run("analyze", good.toString(), "--out", results.toString(),
                "--model", TINY_MODEL.toString(), "--scale", "2.5 nm/px", "--quiet");

        assertThat(code).isZero();
        JsonNode cal = new ObjectMapper().readTree(results.resolve("img").resolve(ResultsLayout.CALIBRATION).toFile());
        assertThat(cal.get("nm_per_px").asDouble()).isEqualTo(2.5);
        assertThat(cal.get("source").asText()).isEqualTo("user");
        JsonNode run = new ObjectMapper().readTree(results.resolve("img").resolve(ResultsLayout.RUN).toFile());
        assertThat(run.get("model_sha256").asText()).hasSize(64);
        assertThat(run.get("model").asText()).isEqualTo("tiny-flow.pt");
    }

    @Test
    void augmentedRunIsRecorded() throws Exception {
        Path img = blobs("img.png");
        Path plain = tmp.resolve("plain");
        Path augmented = tmp.resolve("augmented");

        assertThat(Granula.run("analyze", img.toString(), "--out", plain.toString(),
                "--model", TINY_MODEL.toString(), "--diameter", "17", "--quiet")).isZero();
        assertThat(Granula.run("analyze", img.toString(), "--out", augmented.toString(),
                "--model", TINY_MODEL.toString(), "--diameter", "17", "--augment", "--quiet")).isZero();

        ObjectMapper json = new ObjectMapper();
        JsonNode plainRun = json.readTree(plain.resolve("img").resolve(ResultsLayout.RUN).toFile());
        JsonNode augmentedRun = json.readTree(augmented.resolve("img").resolve(ResultsLayout.RUN).toFile());
        assertThat(plainRun.get("parameters").get("augment").asBoolean()).isFalse();
        assertThat(augmentedRun.get("parameters").get("augment").asBoolean()).isTrue();
        assertThat(augmented.resolve("img").resolve(ResultsLayout.LABELS)).isNotEmptyFile();
    }

    @Test
    void gpuWithoutAGpuExitsWithTwoBeforeAnyImageIsRead() throws Exception {
        Assumptions.assumeFalse(CudaProbe.probe().available(), "this machine has a GPU: --device gpu runs on it");
        Path good = blobs("img.png");
        Path results = tmp.resolve("r");
        assertThat(Granula.run("analyze", good.toString(), "--out", results.toString(), "--model", TINY_MODEL.toString(),
                "--device", "gpu", "--quiet")).isEqualTo(GranulaCommand.USAGE);
        assertThat(stderr()).contains("--device gpu: no usable GPU").doesNotContain("\tat ");
        assertThat(results.resolve("summary.csv")).doesNotExist();
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() throws Exception {
        Path good = blobs("img.png");
        String o = tmp.resolve("r").toString();
        assertThat(Granula.run("analyze", good.toString(), "--out", o, "--model", TINY_MODEL.toString(),
                "--scale", "lots of nm")).isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("analyze", good.toString(), "--out", o, "--model", TINY_MODEL.toString(),
                "--diameter", "-3")).isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("analyze", good.toString(), "--out", o, "--model", tmp.resolve("none.pt").toString()))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("analyze", good.toString())).isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("analyze", tmp.resolve("missing.tif").toString(), "--out", o,
                "--model", TINY_MODEL.toString())).isEqualTo(GranulaCommand.USAGE);
        String e = stderr();
        assertThat(e).contains("--scale").contains("--diameter").contains("none.pt").contains("missing.tif")
                .doesNotContain("\tat ");
    }

    @Test
    void calibrationInTheFileIsUsedAndRecorded() throws Exception {
        Path img = tmp.resolve("calibrated.tif");
        float[] pixels = new float[96 * 80];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) Math.floorMod(i * 37, 251);
        }
        io.granula.core.image.tiff.TiffWriter.writeGray(img, 96, 80, io.granula.core.image.tiff.TiffWriter.SampleKind.UINT8,
                "ImageJ=1.54p\nunit=nm\n", 1 / 3.5, (y, row) -> {
                    for (int x = 0; x < 96; x++) {
                        row.put((byte) (int) pixels[y * 96 + x]);
                    }
                });
        Path results = tmp.resolve("r");

        int code = Granula.run("analyze", img.toString(), "--out", results.toString(),
                "--model", TINY_MODEL.toString(), "--quiet");

        assertThat(code).as(stderr()).isZero();
        JsonNode cal = new ObjectMapper().readTree(results.resolve("calibrated").resolve(ResultsLayout.CALIBRATION).toFile());
        assertThat(cal.get("source").asText()).isEqualTo("metadata");
        assertThat(cal.get("nm_per_px").asDouble()).isCloseTo(3.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(cal.get("found").asBoolean()).isFalse();
    }
}
