package io.granula.app.cli;

import io.granula.app.Granula;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze --report}: the pipeline with the tiny test network, then the report of its results folder. */
class AnalyzeReportTest extends ConsoleCapture {
    private static final Path TINY_MODEL = TestImages.TINY_MODEL;

    @TempDir
    Path tmp;

    @Test
    void analyzeWritesTheReportOfItsResultsWithOneSamplePerInputFolder() throws Exception {
        TestImages.blobs(tmp.resolve("in/lotA/a.png"), 1);
        TestImages.blobs(tmp.resolve("in/lotB/b.png"), 2);
        Path results = tmp.resolve("results");
        Path pdf = tmp.resolve("report.pdf");

        int code = Granula.run("analyze", tmp.resolve("in").toString(), "--out", results.toString(),
                "--model", TINY_MODEL.toString(), "--scale", "4 nm/px", "--report", pdf.toString(), "--quiet");

        assertThat(code).as(stderr()).isZero();
        assertThat(stdout()).contains("2 images in 2 samples");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("lotA").contains("lotB").contains("tiny-flow.pt").contains("Image a").contains("Image b");
        }
    }

    @Test
    void badReportSettingsStopBeforeTheAnalysis() throws Exception {
        TestImages.blobs(tmp.resolve("in/a.png"), 1);
        Path settings = tmp.resolve("s.json");
        Files.writeString(settings, "{\"charts\": [\"pie\"]}");
        Path results = tmp.resolve("results");

        int code = Granula.run("analyze", tmp.resolve("in").toString(), "--out", results.toString(),
                "--model", TINY_MODEL.toString(), "--report", tmp.resolve("r.pdf").toString(),
                "--report-settings", settings.toString());

        assertThat(code).isEqualTo(GranulaCommand.USAGE);
        assertThat(stderr()).contains("s.json").doesNotContain("\tat ");
        assertThat(results).doesNotExist();
    }
}
