package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReaders;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.ResultsLayout;
import io.granula.core.pipeline.ResultsWriter;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.ParticleSummary;
import io.granula.reports.format.ReportNumberFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code granula report} on results folders written by core's real {@link ResultsWriter} (the
 * writer analyze uses), with micrographs in two input folders.
 */
class ReportCommandTest extends ConsoleCapture {
    @TempDir
    Path tmp;

    /** A 120x90 8-bit micrograph with bright discs on a grid, saved as PNG, and its results folder entry. */
    private ParticleTable analysed(Path results, String folder, String stem, int seed, boolean excludeEdge) throws Exception {
        int w = 120;
        int h = 90;
        int[] lab = new int[w * h];
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Random r = new Random(seed);
        int id = 0;
        for (int cy = 10; cy < h; cy += 22) {
            for (int cx = 6; cx < w; cx += 22) {
                id++;
                double rad = 4 + r.nextInt(5);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= rad) {
                            lab[y * w + x] = id;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < lab.length; i++) {
            png.getRaster().setSample(i % w, i / w, 0, Math.max(0, Math.min(255, (lab[i] != 0 ? 190 : 50) + (int) (r.nextGaussian() * 8))));
        }
        Path source = tmp.resolve(folder).resolve(stem + ".png");
        Files.createDirectories(source.getParent());
        ImageIO.write(png, "png", source.toFile());
        Image2D image = ImageReaders.read(source).firstPage();
        LabelImage labels = new LabelImage(w, h, lab);
        Calibration c = new Calibration(2.5, CalibrationSource.USER, "typed: 2.5 nm/px");
        ParticleTable table = new ParticleMeasurer().measure(labels, image, c, null);
        int[] kept = new ParticleFilter(List.of(), excludeEdge).select(table);
        RunRecord run = new RunRecord(RunRecord.SOFTWARE, Instant.parse("2026-11-22T09:00:00Z"), "tiny-flow.pt",
                "ab".repeat(32), Map.of("trained_on", "synthetic"), "cpu",
                Map.of("exclude_edge", excludeEdge, "niter", 200), Map.of());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sample", folder);
        new ResultsWriter(new ResultsLayout(results)).write(stem,
                new ImageAnalysis(source, image, labels, table, kept, c, 30, "cpu", Map.of()), run, details);
        return table;
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    @Test
    void remakesTheReportFromSavedResultsWithTheSameNumbers() throws Exception {
        Path results = tmp.resolve("results");
        ParticleTable a = analysed(results, "lotA", "a1", 1, false);
        ParticleTable b = analysed(results, "lotB", "b1", 2, false);
        Path pdf = tmp.resolve("out").resolve("report.pdf");

        int code = Granula.run("report", results.toString(), "--out", pdf.toString(), "--quiet", "--title", "Lot 42");

        assertThat(code).as(stderr()).isZero();
        assertThat(stdout()).contains("report.pdf").contains("2 images in 2 samples");
        String text = text(pdf);
        ReportNumberFormat f = ReportNumberFormat.defaults();
        for (ParticleTable t : List.of(a, b)) {
            ParticleSummary s = ParticleStatistics.summarise(t, ParticleFilter.ALL);
            assertThat(text).contains("ECD nm " + s.count() + " " + f.format(s.of(Measurement.ECD).mean()) + " "
                    + f.format(s.of(Measurement.ECD).std()));
        }
        assertThat(text).contains("Lot 42").contains("lotA").contains("lotB").contains("tiny-flow.pt")
                .contains("typed by user");
    }

    @Test
    void analysisEdgeChoiceCarriesOverAndCanBeUndone() throws Exception {
        Path results = tmp.resolve("results");
        ParticleTable a = analysed(results, "lotA", "a1", 3, true);
        int inside = new ParticleFilter(List.of(), true).select(a).length;
        Path pdf = tmp.resolve("r.pdf");

        assertThat(Granula.run("report", results.toString(), "--out", pdf.toString(), "--quiet")).isZero();
        assertThat(text(pdf)).contains(inside + " kept of " + a.size() + " measured");

        assertThat(Granula.run("report", results.toString(), "--out", pdf.toString(), "--quiet", "--include-edge")).isZero();
        assertThat(text(pdf)).contains(a.size() + " kept of " + a.size() + " measured");
    }

    @Test
    void namedSamplesGroupImagesByGlob() throws Exception {
        Path results = tmp.resolve("results");
        analysed(results, "lotA", "a1", 1, false);
        analysed(results, "lotA", "a2", 2, false);
        analysed(results, "lotA", "c1", 3, false);
        Path pdf = tmp.resolve("r.pdf");

        int code = Granula.run("report", results.toString(), "--out", pdf.toString(), "--quiet",
                "--sample", "Batch one=a*", "--sample", "Control=c*");

        assertThat(code).isZero();
        assertThat(stdout()).contains("3 images in 2 samples");
        assertThat(text(pdf)).contains("Batch one").contains("Control");
    }

    @Test
    void aMissingMicrographFallsBackToTheSavedOverlay() throws Exception {
        Path results = tmp.resolve("results");
        analysed(results, "lotA", "a1", 1, false);
        Files.delete(tmp.resolve("lotA").resolve("a1.png"));
        Path pdf = tmp.resolve("r.pdf");

        assertThat(Granula.run("report", results.toString(), "--out", pdf.toString(), "--quiet")).isZero();
        assertThat(stderr()).contains("a1.png not found");
        assertThat(text(pdf)).contains("Overlay as saved by the analysis");
    }

    @Test
    void aCorruptImageFolderFailsAloneAndIsNamed() throws Exception {
        Path results = tmp.resolve("results");
        analysed(results, "lotA", "a1", 1, false);
        analysed(results, "lotA", "a2", 2, false);
        Files.write(results.resolve("a2").resolve(ResultsLayout.LABELS), new byte[]{'I', 'I', 42, 0, 1, 2});
        Path pdf = tmp.resolve("r.pdf");

        int code = Granula.run("report", results.toString(), "--out", pdf.toString(), "--quiet");

        assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(stderr()).contains("a2").contains(ResultsLayout.LABELS).doesNotContain("\tat ");
        assertThat(text(pdf)).contains("Image a1").doesNotContain("Image a2");
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() throws Exception {
        Path pdf = tmp.resolve("r.pdf");
        assertThat(Granula.run("report", tmp.toString(), "--out", pdf.toString())).isEqualTo(GranulaCommand.USAGE);
        assertThat(stderr()).contains("no results in");

        Path results = tmp.resolve("results");
        analysed(results, "lotA", "a1", 1, false);
        Path settings = tmp.resolve("s.json");
        Files.writeString(settings, "{\"measurments\": []}");
        assertThat(Granula.run("report", results.toString(), "--out", pdf.toString(), "--settings", settings.toString()))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("report", results.toString(), "--out", pdf.toString(), "--page-size", "A3"))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(Granula.run("report", results.toString(), "--out", pdf.toString(), "--sample", "nameonly"))
                .isEqualTo(GranulaCommand.USAGE);
        assertThat(stderr()).contains("s.json").contains("measurments").contains("A3").contains("NAME=GLOB")
                .doesNotContain("\tat ");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void savedSettingsReadBackToTheSameReport() throws Exception {
        Path results = tmp.resolve("results");
        analysed(results, "lotA", "a1", 1, false);
        Path saved = tmp.resolve("saved.json");
        Path pdf = tmp.resolve("r.pdf");
        assertThat(Granula.run("report", results.toString(), "--out", pdf.toString(), "--quiet", "--title", "T1",
                "--page-size", "letter", "--save-settings", saved.toString())).isZero();
        assertThat(Files.readString(saved)).contains("\"title\" : \"T1\"").contains("LETTER");
        Path pdf2 = tmp.resolve("r2.pdf");
        assertThat(Granula.run("report", results.toString(), "--out", pdf2.toString(), "--quiet", "--settings",
                saved.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf2.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertThat(text(pdf2)).contains("T1");
    }
}
