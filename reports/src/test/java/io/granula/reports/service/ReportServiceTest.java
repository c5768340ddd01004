package io.granula.reports.service;

import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.ReportException;
import io.granula.reports.ReportService;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ReportModel;
import io.granula.reports.settings.ChartKind;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.testdata.SyntheticParticles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportServiceTest {
    @TempDir
    Path tmp;

    private static ReportModel model() {
        ReportImage a = SyntheticParticles.image("a", Path.of("lot/a.tif"), 200, 160, 15, 4, 9, 3.0, 1);
        return ReportModel.grouped("Project X", Instant.parse("2026-01-02T03:04:05Z"), Optional.empty(), List.of(a), List.of());
    }

    @Test
    void logoAndNotesAppearAndChartsCanBeLeftOut() throws Exception {
        Path logo = tmp.resolve("logo.png");
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F4E79));
        g.fillRect(0, 0, 300, 100);
        g.dispose();
        ImageIO.write(img, "png", logo.toFile());
        ReportSettings settings = ReportSettings.defaults().toBuilder().logo(logo.toString())
                .notes("Dispersed in ethanol, 5 min ultrasound.").charts(EnumSet.of(ChartKind.HISTOGRAM_COUNT)).build();
        Path pdf = tmp.resolve("r.pdf");

        new ReportService().write(model(), settings, pdf, ProgressMonitor.NONE);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources cover = doc.getPage(0).getResources();
            assertThat(cover.getXObjectNames()).hasSize(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Dispersed in ethanol, 5 min ultrasound.").contains("Number distribution of ECD")
                    .doesNotContain("Volume distribution").doesNotContain("box plot").doesNotContain("Image a");
            assertThat(text).contains("Project X").contains("Notes");
        }
    }

    @Test
    void aMissingLogoIsNamed() {
        ReportSettings settings = ReportSettings.defaults().toBuilder().logo(tmp.resolve("nope.png").toString()).build();
        assertThatThrownBy(() -> new ReportService().write(model(), settings, tmp.resolve("r.pdf"), ProgressMonitor.NONE))
                .isInstanceOf(ReportException.class).hasMessageContaining("nope.png");
    }

    @Test
    void aCancelledReportLeavesThePreviousFileAndNoPartFile() throws Exception {
        Path pdf = tmp.resolve("r.pdf");
        Files.writeString(pdf, "previous report");
        ProgressMonitor cancelLate = new ProgressMonitor() {
            private int calls;

            @Override
            public void update(double fraction, String message) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls > 3;
            }
        };
        assertThatThrownBy(() -> new ReportService().write(model(), ReportSettings.defaults(), pdf, cancelLate))
                .isInstanceOf(CancelledException.class);
        assertThat(Files.readString(pdf)).isEqualTo("previous report");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.pdf");
        }
    }

    @Test
    void documentInformationNamesTheReport() throws Exception {
        Path pdf = tmp.resolve("r.pdf");
        ReportService.Outcome outcome = new ReportService().write(model(),
                ReportSettings.defaults().toBuilder().title("Lot 7").build(), pdf, ProgressMonitor.NONE);
        assertThat(outcome.bytes()).isEqualTo(Files.size(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Lot 7");
            assertThat(doc.getDocumentInformation().getCOSObject().getString(COSName.CREATOR)).isEqualTo("Granula");
        }
    }
}
