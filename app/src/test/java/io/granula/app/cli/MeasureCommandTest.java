package io.granula.app.cli;

import ij.measure.ResultsTable;
import io.granula.app.Granula;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MeasureCommandTest extends ConsoleCapture {
    @TempDir
    Path tmp;


    /** A 4x4 square (id 3) and a 2x6 bar (id 9) touching the right edge. */
    private static LabelImage labels() {
        int w = 16, h = 8;
        int[] v = new int[w * h];
        for (int y = 2; y < 6; y++) {
            for (int x = 1; x < 5; x++) {
                v[y * w + x] = 3;
            }
        }
        for (int y = 1; y < 7; y++) {
            v[y * w + 14] = 9;
            v[y * w + 15] = 9;
        }
        return new LabelImage(w, h, v);
    }

    private static void grayPng(Path file, int value) throws Exception {
        BufferedImage img = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                img.getRaster().setSample(x, y, 0, value + x);
            }
        }
        ImageIO.write(img, "png", file.toFile());
    }

    @Test
    void oneLabelFileWithImageAndScaleWritesCalibratedCsv() throws Exception {
        Path lab = tmp.resolve("a_masks.tif"), img = tmp.resolve("a.png"), csv = tmp.resolve("particles.csv");
        LabelTiff.write(labels(), lab);
        grayPng(img, 100);
        int code = Granula.run("measure", "--labels", lab.toString(), "--image", img.toString(), "--scale", "5 nm/px",
                "--out", csv.toString(), "--export", "rois,geojson,coco");
        assertThat(code).as(stderr()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("label,area_nm2,perimeter_nm,").contains("mean_intensity");
        ResultsTable rt = ResultsTable.open(csv.toString());
        assertThat(rt.getValue("area_nm2", 0)).isEqualTo(16 * 25);
        assertThat(rt.getValue("mean_intensity", 0)).isCloseTo(100 + 2.5, within(1e-9)); // columns 1..4
        assertThat(tmp.resolve("particles-rois.zip")).exists();
        assertThat(tmp.resolve("particles.geojson")).exists();
        assertThat(tmp.resolve("particles-coco.json")).exists();
    }

    @Test
    void foldersAreMatchedByStemAndABrokenFileDoesNotStopTheOthers() throws Exception {
        Path labDir = Files.createDirectories(tmp.resolve("labels")), imgDir = Files.createDirectories(tmp.resolve("images"));
        LabelTiff.write(labels(), labDir.resolve("one_masks.tif"));
        LabelTiff.write(labels(), labDir.resolve("two.tif"));
        Files.writeString(labDir.resolve("broken.tif"), "not a tiff");
        grayPng(imgDir.resolve("one.png"), 10);
        grayPng(imgDir.resolve("two.png"), 50);
        Path outDir = tmp.resolve("out");
        int code = Granula.run("measure", "--labels", labDir.toString(), "--image", imgDir.toString(), "--out", outDir.toString(),
                "--exclude-edge", "--export", "coco");
        assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stderr()).contains("broken.tif").doesNotContain("Exception");
        ResultsTable two = ResultsTable.open(outDir.resolve("two/particles.csv").toString());
        assertThat(two.size()).isEqualTo(1); // the edge bar is left out
        assertThat(two.getValue("mean_intensity", 0)).isCloseTo(52.5, within(1e-9));
        assertThat(outDir.resolve("one_masks/particles.csv")).exists();
        List<String> summary = Files.readAllLines(outDir.resolve("summary.csv"));
        assertThat(summary).hasSize(3);
        assertThat(summary.get(1)).startsWith("one_masks,1,2,,none,16,");
        assertThat(outDir.resolve("coco.json")).exists();
    }

    @Test
    void badUsageExitsWithTwoAndNoStackTrace() throws Exception {
        Path lab = tmp.resolve("a.tif");
        LabelTiff.write(labels(), lab);
        assertThat(Granula.run("measure", "--labels", lab.toString(), "--scale", "five nm", "--out", tmp.resolve("x.csv").toString()))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("measure", "--labels", tmp.resolve("missing.tif").toString(), "--out", tmp.resolve("x.csv").toString()))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("measure", "--labels", tmp.toString(), "--out", tmp.resolve("x.csv").toString()))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("measure", "--labels", lab.toString(), "--out", tmp.resolve("x.csv").toString(), "--export", "pdf"))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(stderr()).contains("--scale").contains("missing.tif").contains("must be a folder").contains("pdf")
                .doesNotContain("Exception");
    }
}
