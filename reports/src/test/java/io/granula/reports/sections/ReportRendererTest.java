package io.granula.reports.sections;

import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.chart.BarSeries;
import io.granula.reports.chart.BoxPlotChart;
import io.granula.reports.chart.BoxSummary;
import io.granula.reports.chart.HistogramChart;
import io.granula.reports.chart.LineSeries;
import io.granula.reports.chart.PointSeries;
import io.granula.reports.chart.ScatterChart;
import io.granula.reports.image.ImageEmbedder;
import io.granula.reports.layout.Align;
import io.granula.reports.layout.PageSize;
import io.granula.reports.layout.Table;
import io.granula.reports.view.ImagePageView;
import io.granula.reports.view.KeyValue;
import io.granula.reports.view.MethodsView;
import io.granula.reports.view.OverlayView;
import io.granula.reports.view.ReportView;
import io.granula.reports.view.TitleView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A hand-made view drawn on Letter paper: every section renders, text reads back, PNGs land in target/. */
class ReportRendererTest {

    @Test
    void everySectionRendersOnLetterPaperAndReadsBack() throws Exception {
        ReportView view = view();
        byte[] pdf;
        try (PDDocument doc = new ReportRenderer(PageSize.LETTER).render(view, ProgressMonitor.NONE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        Path dir = Path.of("target", "renderer");
        Files.createDirectories(dir);
        Files.write(dir.resolve("report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Lot 42 silica", "Operator", "Methods", "Calibration", "Results",
                    "Image img_001", "200 nm", "Page 1 of " + doc.getNumberOfPages());
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 100), "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    static ReportView view() {
        Table calibration = new Table(List.of(new Table.Column("Image", Align.LEFT), new Table.Column("Sample", Align.LEFT),
                new Table.Column("nm/px", Align.RIGHT), new Table.Column("Source", Align.LEFT)),
                List.of(Table.Row.of("img_001", "A", "7.344", "metadata (Zeiss tag 34118)"),
                        Table.Row.of("img_002", "B", "7.350", "scale bar 200 nm")));
        MethodsView methods = new MethodsView(
                List.of(new KeyValue("Model", "nuclei_flow.pt"), new KeyValue("SHA-256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        new KeyValue("Training", "synthetic 2000 images, 40 epochs, Adam 1e-3")),
                List.of(new KeyValue("Diameter", "30 px"), new KeyValue("Device", "cpu")),
                calibration, List.of("ECD between 10 and 500 nm", "particles touching the border excluded"),
                List.of(new KeyValue("ECD", "Equivalent circular diameter sqrt(4 A / pi). ISO 9276-6 x_A.")),
                "Dispersed in ethanol, sonicated 5 min.");
        Table summary = new Table(List.of(new Table.Column("Sample", Align.LEFT), new Table.Column("N", Align.RIGHT),
                new Table.Column("Mean (µm)", Align.RIGHT)), List.of(Table.Row.of("A", "500", "1.234")));
        double[] edges = {0, 1, 2, 3, 4};
        HistogramChart.Spec h = new HistogramChart.Spec("By count", "ECD (nm)", "Frequency (%)",
                List.of(new BarSeries("A", edges, new double[]{10, 40, 30, 20})),
                List.of(new LineSeries("A", edges, new double[]{0, 10, 50, 80, 100})));
        ScatterChart.Spec scatter = new ScatterChart.Spec("", "ECD (nm)", "Circularity",
                List.of(new PointSeries("A", new double[]{1, 2, 3}, new double[]{0.8, 0.9, 0.85})));
        BoxPlotChart.Spec box = new BoxPlotChart.Spec("ECD", "ECD (nm)",
                List.of(new BoxSummary("A", 1, 2, 2.5, 3, 4, 2.4, new double[]{5})), List.of(), BoxPlotChart.Style.BOX);
        Table stats = new Table(List.of(new Table.Column("Measurement", Align.LEFT), new Table.Column("N", Align.RIGHT)),
                List.of(Table.Row.of("ECD (nm)", "500")));
        ImagePageView page = new ImagePageView("img_001", List.of(new KeyValue("Sample", "A")),
                Optional.of(new OverlayView(ImageEmbedder.encode(micrograph(1024, 768), 1400, 1400, 300_000), Optional.empty())), "Outlined: 60 particles.", Optional.of(crop()), "200 nm = 27.23 px → 7.344 nm/px", stats);
        TitleView title = new TitleView("Lot 42 silica", "Particle size analysis", Optional.empty(),
                List.of(new KeyValue("Project", "Silica"), new KeyValue("Date", "2026-11-22")), "");
        return new ReportView("Lot 42 silica", "Granula 0.1.0 · Lot 42 silica", title, methods, summary,
                "D-values by number.", List.of(h, h, h), Optional.of(scatter),
                List.of(box, box, box), List.of(page));
    }

    static BufferedImage micrograph(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(3);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = Math.min(255, Math.max(0, 60 + (int) (15 * r.nextGaussian())));
                img.setRGB(x, y, g << 16 | g << 8 | g);
            }
        }
        Graphics2D g = img.createGraphics();
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 60; i++) {
            int cx = r.nextInt(w), cy = r.nextInt(h), d = 20 + r.nextInt(40);
            g.setColor(new Color(200, 200, 200));
            g.fillOval(cx, cy, d, d);
            g.setColor(Color.getHSBColor(i * 0.618f % 1, 0.85f, 1f));
            g.drawOval(cx, cy, d, d);
        }
        g.dispose();
        return img;
    }

    static BufferedImage crop() {
        BufferedImage img = new BufferedImage(240, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 240, 60);
        g.setColor(Color.WHITE);
        g.fillRect(20, 40, 120, 6);
        g.drawString("200 nm", 60, 30);
        g.dispose();
        return img;
    }
}
