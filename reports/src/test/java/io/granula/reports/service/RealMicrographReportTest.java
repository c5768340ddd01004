package io.granula.reports.service;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReaders;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.ParticleSummary;
import io.granula.reports.ReportService;
import io.granula.reports.format.ReportNumberFormat;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ReportModel;
import io.granula.reports.model.ReportSample;
import io.granula.reports.settings.ReportSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of real 16-bit fluorescence micrographs (StarDist's DSB 2018 nuclei, shared test data)
 * with their reference labels, at a light-microscopy pixel size so the report is in µm: the numbers
 * read back equal the stats package's, pages render, the PNGs land in target/ for a look.
 */
class RealMicrographReportTest {
    private static final Path DATA = Path.of(System.getProperty("granula.shared.data", "../../shared/data"), "stardist");

    @Test
    void realNucleiReportHoldsTheirStatisticsInMicrometres() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "shared data absent: " + DATA);
        Calibration c = new Calibration(322.5, CalibrationSource.USER, "typed: 0.3225 um/px");
        ReportImage big = image("nuclei-512", c);
        ReportImage small = image("nuclei-256", c);
        Path dir = Path.of("target", "real-report");
        Files.createDirectories(dir);
        Path pdf = dir.resolve("nuclei.pdf");
        ReportModel model = new ReportModel("DSB 2018 nuclei", Instant.now(), Optional.empty(),
                List.of(new ReportSample("Stage 1", List.of(big)), new ReportSample("Stage 2", List.of(small))));
        ReportSettings settings = ReportSettings.defaults().toBuilder().measurements(
                List.of("area", "feret", "circularity", "solidity", "mean_intensity")).operator("Test operator").build();

        ReportService.Outcome outcome = new ReportService().write(model, settings, pdf, ProgressMonitor.NONE);

        assertThat(outcome.warnings()).isEmpty();
        ReportNumberFormat f = ReportNumberFormat.defaults();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            for (ReportImage image : List.of(big, small)) {
                ParticleSummary s = ParticleStatistics.summarise(image.particles(), ParticleFilter.ALL);
                assertThat(text).contains("ECD µm " + s.count() + " " + f.format(s.of(Measurement.ECD).mean()));
                assertThat(text).contains("Mean intensity " + s.count() + " " + f.format(s.of(Measurement.MEAN_INTENSITY).mean()));
            }
            assertThat(text).contains("µm²");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 90), "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    private static ReportImage image(String stem, Calibration c) throws Exception {
        Image2D image = ImageReaders.read(DATA.resolve(stem + ".tif")).firstPage();
        LabelImage labels = LabelTiff.read(DATA.resolve(stem + "-labels.tif"));
        ParticleTable table = new ParticleMeasurer().measure(labels, image, c, ProgressMonitor.NONE);
        return ReportImage.of(stem, DATA.resolve(stem + ".tif"), table, image, labels, null);
    }
}
