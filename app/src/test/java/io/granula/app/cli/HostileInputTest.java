package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.core.flow.ThreadLimit;
import io.granula.core.io.Npy;
import io.granula.core.flow.FlowField;
import io.granula.core.pipeline.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile cases of issue 18 through the real commands: absurd options, full and unwritable
 * output folders (real tmpfs mounts), and messages that keep their cause. Nothing half-written may
 * carry a final name, and no stack trace is printed.
 */
class HostileInputTest extends ConsoleCapture {
    private static final Path TINY_MODEL = TestImages.TINY_MODEL;

    @TempDir
    Path tmp;

    private Path blobs(String name) throws Exception {
        return TestImages.blobs(tmp.resolve(name), 7);
    }

    private int analyze(String... extra) {
        String[] args = Stream.concat(Stream.of("analyze"), Stream.concat(Stream.of(extra),
                Stream.of("--model", TINY_MODEL.toString(), "--quiet"))).toArray(String[]::new);
        return Granula.run(args);
    }

    @Test
    void absurdThreadCountIsRefusedBeforeAnythingRuns() throws Exception {
        Path img = blobs("a.png");
        int code = analyze(img.toString(), "--out", tmp.resolve("r").toString(), "--threads", "10000");

        assertThat(code).isEqualTo(GranulaCommand.USAGE);
        assertThat(stderr()).contains("--threads must be between 1 and " + ThreadLimit.max()).contains("10000");
        assertThat(tmp.resolve("r")).doesNotExist();

        Path flows = tmp.resolve("f.npy");
        Npy.writeFlows(new FlowField(4, 4, new float[16], new float[16], new float[16]), flows);
        assertThat(Granula.run("masks", "--flows", flows.toString(), "--out", tmp.resolve("l.tif").toString(),
                "--threads", "10000", "--quiet")).isEqualTo(GranulaCommand.USAGE);
    }

    @Test
    void absurdScaleIsRefusedWithTheRange() throws Exception {
        Path img = blobs("a.png");
        for (String scale : new String[]{"1e300 nm/px", "1e-300 nm/px"}) {
            int code = analyze(img.toString(), "--out", tmp.resolve("r").toString(), "--scale", scale);
            assertThat(code).isEqualTo(GranulaCommand.USAGE);
        }
        assertThat(stderr()).contains("outside 1 pm/px to 1 m/px").doesNotContain("Exception");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void masksOnAFullDiskLeavesNoTruncatedLabels() throws Exception {
        int w = 256, h = 256;
        Path flows = tmp.resolve("flows.npy");
        Npy.writeFlows(new FlowField(w, h, new float[w * h], new float[w * h], new float[w * h]), flows);
        try (SmallDisk disk = SmallDisk.mount(tmp, "disk", 64, false)) {
            Path out = disk.path().resolve("labels.tif");

            int code = Granula.run("masks", "--flows", flows.toString(), "--out", out.toString(), "--quiet");

            assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
            assertThat(stderr()).contains("cannot write").containsIgnoringCase("no space left on device");
            try (Stream<Path> left = Files.list(disk.path())) {
                assertThat(left.toList()).isEmpty();
            }
        }
    }

    @Test
    void analyzeOnAFullDiskFailsTheImageAndWritesNoSummary() throws Exception {
        Path img = blobs("a.png");
        try (SmallDisk disk = SmallDisk.mount(tmp, "disk", 64, false)) {
            disk.fillLeaving(8 * 1024);
            Path out = disk.path().resolve("results");

            int code = analyze(img.toString(), "--out", out.toString());

            assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
            assertThat(stderr()).contains("a.png: cannot write results").containsIgnoringCase("no space left on device");
            assertThat(out.resolve(ResultsLayout.SUMMARY)).doesNotExist();
            try (Stream<Path> files = Files.walk(out)) {
                // Whatever was written is complete: no temporaries, no file under a final name cut short.
                assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .allMatch(n -> !n.endsWith(".part"))
                        .doesNotContain(ResultsLayout.RUN);
            }
        }
    }

    @Test
    void unwritableOutputFolderIsFoundBeforeTheAnalysis() throws Exception {
        Path img = blobs("a.png");
        try (SmallDisk disk = SmallDisk.mount(tmp, "ro", 64, true)) {
            int code = analyze(img.toString(), "--out", disk.path().toString());

            assertThat(code).isEqualTo(GranulaCommand.USAGE);
            assertThat(stderr()).contains("--out: cannot write in " + disk.path()).contains("read-only file system");
            assertThat(stdout()).doesNotContain("particles");
        }
    }

    @Test
    void outputFolderThatCannotBeCreatedSaysWhy() throws Exception {
        Path img = blobs("a.png");
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");

        int code = analyze(img.toString(), "--out", file.resolve("results").toString());

        assertThat(code).isEqualTo(GranulaCommand.USAGE);
        String message = stderr().lines().filter(l -> l.contains("--out")).findFirst().orElse("");
        assertThat(message).contains("cannot create").doesNotEndWith(file.resolve("results").toString());
    }
}
