package io.granula.app.service;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.image.ImageReaders;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A real SEM micrograph with an instrument data strip under it: the strip is found, left out and recorded. */
class AnnotationExclusionTest {
    private static final Path ROOT = Path.of(System.getProperty("granula.root", ".."));
    private static final Path SEM = ROOT.resolve("../shared/data/real/sem-powder/images/Sc2Tile_010-006-000_0-000.png");
    private static final int STRIP = 48;

    @TempDir
    Path tmp;

    private AnalysisOptions options(boolean exclude) {
        AnalysisOptions d = AnalysisOptions.defaults();
        return new AnalysisOptions(ROOT.resolve("models/granula-default.pt"), 45, "cpu", "10 nm/px", false, 2,
                d.flowThreshold(), d.cellprobThreshold(), d.minSize(), false).withExcludeAnnotations(exclude);
    }

    /** The top-left 512 x 384 of the real image with a black 48 px strip of white text and a bar below it. */
    private Path withStrip() throws Exception {
        BufferedImage sem = ImageIO.read(SEM.toFile());
        BufferedImage b = new BufferedImage(512, 384 + STRIP, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = b.createGraphics();
        g.drawImage(sem.getSubimage(0, 0, 512, 384), 0, 0, null);
        g.setColor(Color.BLACK);
        g.fillRect(0, 384, 512, STRIP);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.drawString("EHT = 5.00 kV  WD = 6.1 mm  Mag = 5.00 K X", 6, 384 + 30);
        g.fillRect(420, 384 + 20, 80, 5);
        g.drawString("2 µm", 440, 384 + 44);
        g.dispose();
        Path file = tmp.resolve("sem-with-strip.png");
        ImageIO.write(b, "png", file.toFile());
        return file;
    }

    private static long labelledPixelsBelow(LabelImage labels, int row) {
        long n = 0;
        for (int y = row; y < labels.height(); y++) {
            for (int x = 0; x < labels.width(); x++) {
                n += labels.get(x, y) > 0 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void dataStripIsLeftOutOfSegmentationAndRecorded() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEM), "shared data absent: " + SEM);
        Path image = withStrip();
        try (AnalysisService service = AnalysisService.open(options(true), n -> { })) {
            ImageResult r = service.analyse(image, ProgressMonitor.NONE);

            assertThat(r.analysis().excluded()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(AnnotationArea.Kind.DATA_STRIP);
                assertThat(a.y0()).isEqualTo(384);
            });
            assertThat(labelledPixelsBelow(r.labels(), 384)).isZero();
            assertThat(r.particles().size()).as("the specimen above it is still analysed").isGreaterThan(20);
            assertThat((List<?>) r.calibrationDetails().get("excluded_areas")).singleElement()
                    .satisfies(m -> assertThat(((Map<?, ?>) m).get("kind")).isEqualTo("data_strip"));
            assertThat(r.analysis().stageMillis()).containsKeys("read", "scalebar", "network", "measure");
        }
    }

    /** The same crop with a panel letter "(b)" printed white on a black box in its top-left corner. */
    private Path withPanelLetter() throws Exception {
        BufferedImage sem = ImageIO.read(SEM.toFile());
        BufferedImage b = new BufferedImage(512, 384, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = b.createGraphics();
        g.drawImage(sem.getSubimage(0, 0, 512, 384), 0, 0, null);
        g.setColor(Color.BLACK);
        g.fillRect(4, 4, 52, 38);
        g.setColor(Color.WHITE);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        g.drawString("(b)", 10, 33);
        g.dispose();
        Path file = tmp.resolve("sem-with-letter.png");
        ImageIO.write(b, "png", file.toFile());
        return file;
    }

    @Test
    void panelLetterPrintedOnTheImageIsLeftOutAndRecorded() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEM), "shared data absent: " + SEM);
        try (io.granula.scalebar.text.TesseractOcr probe = io.granula.scalebar.text.TesseractOcr.open()) {
            assertThat(probe).isNotNull();
        } catch (io.granula.scalebar.text.OcrUnavailableException e) {
            Assumptions.abort("Tesseract not available here: " + e.getMessage());
        }
        Path image = withPanelLetter();
        try (AnalysisService service = AnalysisService.open(options(true), n -> { })) {
            ImageResult r = service.analyse(image, ProgressMonitor.NONE);

            AnnotationArea text = r.analysis().excluded().stream()
                    .filter(a -> a.kind() == AnnotationArea.Kind.TEXT).findFirst().orElseThrow();
            assertThat(text.x0()).isLessThanOrEqualTo(12);
            assertThat(text.x1()).isBetween(40, 64);
            for (int y = text.y0(); y < text.y1(); y++) {
                for (int x = text.x0(); x < text.x1(); x++) {
                    assertThat(r.labels().get(x, y)).as("no particle in the letter's box at %d,%d", x, y).isZero();
                }
            }
            assertThat((List<?>) r.calibrationDetails().get("excluded_areas"))
                    .anySatisfy(m -> assertThat(((Map<?, ?>) m).get("kind")).isEqualTo("text"));
        }
    }

    @Test
    void exclusionCanBeTurnedOff() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEM), "shared data absent: " + SEM);
        Path image = withStrip();
        try (AnalysisService service = AnalysisService.open(options(false), n -> { })) {
            ImageResult r = service.analyse(image, ProgressMonitor.NONE);

            assertThat(r.analysis().excluded()).isEmpty();
            assertThat(r.labels().height()).isEqualTo(ImageReaders.read(image).firstPage().height());
            assertThat(r.run().parameters()).containsEntry("exclude_annotations", false);
        }
    }
}
