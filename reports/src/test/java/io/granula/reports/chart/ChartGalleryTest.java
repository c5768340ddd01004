package io.granula.reports.chart;

import io.granula.reports.layout.Align;
import io.granula.reports.layout.Box;
import io.granula.reports.layout.FlowDocument;
import io.granula.reports.layout.PageFooter;
import io.granula.reports.layout.PageSize;
import io.granula.reports.layout.ReportFonts;
import io.granula.reports.layout.ReportStyle;
import io.granula.reports.layout.Table;
import io.granula.reports.layout.TableWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every chart kind on one page, read back and rendered; the PNG lands in target/ for a look. */
class ChartGalleryTest {

    @Test
    void everyChartKindDrawsRendersAndPrintsItsLabels() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            ReportStyle style = ReportStyle.standard(ReportFonts.load(doc));
            try (FlowDocument flow = new FlowDocument(doc, style, PageSize.A4, 48f)) {
                flow.heading("Size distributions", 1);
                flow.paragraph("Equivalent circular diameter in µm and μm (both micro signs).", style.body());
                Box row = flow.reserve(200);
                float half = row.width() / 2 - 6;
                HistogramChart.draw(flow.painter(), style, new Box(row.x(), row.y(), half, row.height()),
                        new HistogramChart.Spec("By count", "ECD (µm)", "Frequency (%)",
                                List.of(bars("A", 0)), List.of(cumulative("A", 0))));
                HistogramChart.draw(flow.painter(), style, new Box(row.x() + half + 12, row.y(), half, row.height()),
                        new HistogramChart.Spec("By volume", "ECD (µm)", "Volume (%)",
                                List.of(bars("A", 0), bars("B", 1)), List.of(cumulative("A", 0), cumulative("B", 1))));
                Box row2 = flow.reserve(200);
                ScatterChart.draw(flow.painter(), style, new Box(row2.x(), row2.y(), half, row2.height()),
                        new ScatterChart.Spec("Circularity vs ECD", "ECD (µm)", "Circularity",
                                List.of(points("A", 0), points("B", 1))));
                BoxPlotChart.draw(flow.painter(), style, new Box(row2.x() + half + 12, row2.y(), half, row2.height()),
                        new BoxPlotChart.Spec("ECD by sample", "ECD (µm)", boxes(), violins(), BoxPlotChart.Style.VIOLIN));
                Box row3 = flow.reserve(180);
                BoxPlotChart.draw(flow.painter(), style, new Box(row3.x(), row3.y(), half, row3.height()),
                        new BoxPlotChart.Spec("ECD by sample", "ECD (µm)", boxes(), List.of(), BoxPlotChart.Style.BOX));
                flow.painter().text("end", row3.right(), row3.y(), style.small(), Align.RIGHT);
                List<Table.Row> rows = new ArrayList<>();
                for (int i = 0; i < 80; i++) {
                    rows.add(new Table.Row(List.of("sample " + i / 4, "ECD", "µm", "500", "1.234", "0.5678"), i % 4 == 0));
                }
                new TableWriter(flow).write(new Table(List.of(new Table.Column("Sample", Align.LEFT),
                        new Table.Column("Measurement", Align.LEFT), new Table.Column("Unit", Align.LEFT),
                        new Table.Column("N", Align.RIGHT), new Table.Column("Mean", Align.RIGHT),
                        new Table.Column("Std", Align.RIGHT)), rows));
            }
            PageFooter.decorate(doc, style, 48f, "Granula 0.1.0 · gallery");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        Path dir = Path.of("target", "gallery");
        Files.createDirectories(dir);
        Files.write(dir.resolve("gallery.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("µm").contains("μm").contains("By volume").contains("Page 1 of");
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage png = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(png, "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
            }
            // The table's header repeats on the page it runs onto.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            assertThat(stripper.getText(doc)).contains("Measurement");
        }
    }

    private static BarSeries bars(String label, int shift) {
        double[] edges = new double[13];
        double[] h = new double[12];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = 0.5 + i * 0.25;
        }
        for (int i = 0; i < h.length; i++) {
            double c = i - 5 - shift;
            h[i] = 18 * Math.exp(-c * c / 6);
        }
        return new BarSeries(label, edges, h);
    }

    private static LineSeries cumulative(String label, int shift) {
        BarSeries b = bars(label, shift);
        double total = 0;
        for (double v : b.heights()) {
            total += v;
        }
        double[] y = new double[b.edges().length];
        double acc = 0;
        for (int i = 0; i < b.heights().length; i++) {
            acc += b.heights()[i];
            y[i + 1] = 100 * acc / total;
        }
        return new LineSeries(label, b.edges(), y);
    }

    private static PointSeries points(String label, int seed) {
        Random r = new Random(seed);
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1.5 + 0.4 * r.nextGaussian() + seed * 0.3;
            y[i] = Math.min(1, 0.85 + 0.05 * r.nextGaussian());
        }
        return new PointSeries(label, x, y);
    }

    private static List<BoxSummary> boxes() {
        return List.of(new BoxSummary("A", 0.8, 1.2, 1.45, 1.7, 2.3, 1.47, new double[]{2.6, 2.9, 0.5}),
                new BoxSummary("Sample with a long name", 1.0, 1.5, 1.75, 2.0, 2.7, 1.8, new double[]{3.1}),
                new BoxSummary("C", 0.6, 0.9, 1.0, 1.2, 1.6, 1.05, new double[]{}));
    }

    private static List<ViolinSummary> violins() {
        List<ViolinSummary> out = new ArrayList<>();
        for (BoxSummary b : boxes()) {
            double[] v = new double[60];
            double[] d = new double[60];
            double sd = (b.q3() - b.q1()) / 1.35;
            for (int i = 0; i < v.length; i++) {
                v[i] = b.median() - 3 * sd + i * 6 * sd / (v.length - 1);
                double z = (v[i] - b.median()) / sd;
                d[i] = Math.exp(-z * z / 2);
            }
            out.add(new ViolinSummary(v, d, b));
        }
        return out;
    }
}
