package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.core.pipeline.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A results folder holds one analysis (issue 13, items 5-8): an earlier analysis is refused without
 * {@code --overwrite} and fully replaced with it, a batch in which every image failed writes no
 * summary, a folder named like an image is named, and the report is as readable as every other output.
 */
class AnalyzeOutputFolderTest extends ConsoleCapture {
    @TempDir
    Path tmp;

    private int analyze(Path out, String... inputsAndOptions) {
        List<String> args = new java.util.ArrayList<>(List.of("analyze"));
        args.addAll(List.of(inputsAndOptions));
        args.addAll(List.of("--out", out.toString(), "--model", TestImages.TINY_MODEL.toString(), "--quiet"));
        return Granula.run(args.toArray(String[]::new));
    }

    @Test
    void folderWithEarlierResultsIsRefusedWithoutOverwriteAndReplacedWithIt() throws Exception {
        Path first = TestImages.blobs(tmp.resolve("first.png"), 1);
        Path second = TestImages.blobs(tmp.resolve("second.png"), 2);
        Path results = tmp.resolve("results");
        assertThat(analyze(results, first.toString())).isZero();
        Files.writeString(results.resolve("notes.txt"), "the user's own file");

        int refused = analyze(results, second.toString());

        assertThat(refused).isEqualTo(GranulaCommand.USAGE);
        assertThat(stderr()).contains("already holds the results of an earlier analysis").contains("--overwrite");
        assertThat(results.resolve("second")).doesNotExist();
        assertThat(Files.readAllLines(results.resolve(ResultsLayout.SUMMARY))).hasSize(2).last().asString().startsWith("first,");

        int replaced = analyze(results, second.toString(), "--overwrite");

        assertThat(replaced).isZero();
        assertThat(results.resolve("first")).doesNotExist();
        assertThat(results.resolve("second").resolve(ResultsLayout.LABELS)).isRegularFile();
        assertThat(Files.readAllLines(results.resolve(ResultsLayout.SUMMARY))).hasSize(2).last().asString().startsWith("second,");
        assertThat(results.resolve("notes.txt")).hasContent("the user's own file");
    }

    @Test
    void batchInWhichEveryImageFailedWritesNoSummary() throws Exception {
        Path broken = Files.write(tmp.resolve("broken.tif"), new byte[]{'I', 'I', 42, 0, 8, 0, 0, 0, 99});
        Path results = tmp.resolve("results");

        int code = analyze(results, broken.toString());

        assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stderr()).contains("broken.tif");
        assertThat(results.resolve(ResultsLayout.SUMMARY)).doesNotExist();
    }

    @Test
    void emptyFolderNamedLikeAnImageIsNamedAsNotAFile() throws Exception {
        Path good = TestImages.blobs(tmp.resolve("in/good.png"), 1);
        Path fake = Files.createDirectories(tmp.resolve("in/folder.tif"));
        Path named = Files.createDirectories(tmp.resolve("other.tif"));

        int code = analyze(tmp.resolve("results"), tmp.resolve("in").toString(), named.toString());

        assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stderr()).contains(fake + ": not a file").contains(named + ": not a file");
        assertThat(stdout()).contains(good.toString());
    }

    @Test
    void reportIsWrittenWithTheSamePermissionsAsTheOtherOutputs() throws Exception {
        Path img = TestImages.blobs(tmp.resolve("a.png"), 1);
        Path results = tmp.resolve("results");
        Path pdf = results.resolve("report.pdf");

        int code = analyze(results, img.toString(), "--scale", "4 nm/px", "--report", pdf.toString());

        assertThat(code).as(stderr()).isZero();
        var csv = Files.getPosixFilePermissions(results.resolve("a").resolve(ResultsLayout.PARTICLES));
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(csv)
                .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    }
}
