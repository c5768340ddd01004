package io.granula.reports.service;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.stats.CumulativeDistribution;
import io.granula.core.stats.DValues;
import io.granula.core.stats.Descriptive;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.ParticleSummary;
import io.granula.core.stats.Weighting;
import io.granula.reports.ReportService;
import io.granula.reports.format.ReportNumberFormat;
import io.granula.reports.layout.PageSize;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ReportModel;
import io.granula.reports.model.ReportSample;
import io.granula.reports.settings.RangeFilter;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.testdata.SyntheticParticles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the PDF back and checks every number of the summary table and of every image page
 * against statistics computed here, straight from the stats package: the report must be correct
 * to the digit. Sample A pools two images in nm; sample B is one image in µm (pooled in nm).
 */
class ReportNumbersTest {
    private static final List<Measurement> REPORTED = List.of(Measurement.ECD, Measurement.AREA,
            Measurement.FERET, Measurement.CIRCULARITY, Measurement.ASPECT_RATIO);
    private static final double MIN_ECD_NM = 45;
    private static final String HEADER_TAIL = "N Mean Std Min Max D10 D50 D90";

    private static ReportImage a1;
    private static ReportImage a2;
    private static ReportImage b1;
    private static ReportSettings settings;
    private static ReportNumberFormat format;
    private static List<String> pages;
    private static Path pdf;

    @BeforeAll
    static void makeReport() throws IOException {
        a1 = SyntheticParticles.image("a_01", Path.of("lotA/a_01.tif"), 320, 256, 40, 4, 12, 5.0, 11);
        a2 = SyntheticParticles.image("a_02", Path.of("lotA/a_02.tif"), 320, 256, 40, 4, 12, 5.0, 12);
        b1 = SyntheticParticles.image("b_01", Path.of("lotB/b_01.tif"), 300, 240, 30, 5, 14, 150.0, 13);
        settings = new ReportSettings("Lot 42", null, "A. Smith", null, null, PageSize.A4,
                List.of("area", "feret", "circularity", "aspect_ratio"), null, null, null,
                List.of(new RangeFilter("ecd", MIN_ECD_NM, null)), true, null, 4, 0);
        format = new ReportNumberFormat(settings.significantDigits());
        ReportModel model = new ReportModel("Silica", Instant.parse("2026-11-22T10:15:30Z"), Optional.empty(),
                List.of(new ReportSample("A", List.of(a1, a2)), new ReportSample("B", List.of(b1))));
        Path dir = Path.of("target", "report-numbers");
        Files.createDirectories(dir);
        pdf = dir.resolve("report.pdf");
        ReportService.Outcome outcome = new ReportService().write(model, settings, pdf, ProgressMonitor.NONE);
        assertThat(outcome.warnings()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            assertThat(outcome.pages()).isEqualTo(doc.getNumberOfPages());
        }
    }

    @Test
    void summaryTableEqualsPooledStatisticsToTheDigit() {
        List<String> expected = new ArrayList<>();
        expected.addAll(sampleRows("A", List.of(a1, a2)));
        expected.addAll(sampleRows("B", List.of(b1)));
        String page = pages.stream().filter(p -> p.contains("Summary statistics")).findFirst().orElseThrow();
        assertThat(tableLines(page, "Sample Measurement Unit " + HEADER_TAIL, "N: particles kept"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void everyImagePageEqualsItsOwnStatisticsToTheDigit() {
        for (ReportImage image : List.of(a1, a2, b1)) {
            ParticleTable table = image.particles();
            int[] rows = filterFor(table).select(table);
            ParticleSummary summary = ParticleStatistics.summarise(table, rows);
            List<String> expected = new ArrayList<>();
            for (Measurement m : REPORTED) {
                String unit = summary.units().displayUnit(m.unitKind());
                double[] values = ParticleStatistics.values(table, m, rows);
                expected.add(line(name(m), unit, cells(summary.of(m), tenFiftyNinety(m, values))));
                if (m == Measurement.ECD) {
                    expected.add(line("ECD by volume", unit, dCells(summary.dValues(Weighting.VOLUME))));
                }
            }
            String page = pages.stream().filter(p -> p.contains("Image " + image.name())).findFirst().orElseThrow();
            assertThat(tableLines(page, "Measurement Unit " + HEADER_TAIL, "Granula"))
                    .as(image.name()).containsExactlyElementsOf(expected);
            assertThat(page).contains(summary.count() + " kept of " + table.size() + " measured");
        }
    }

    @Test
    void micrometresPrintAsMicroSign() {
        String bPage = pages.stream().filter(p -> p.contains("Image b_01")).findFirst().orElseThrow();
        assertThat(bPage).contains("ECD µm").contains("µm²").contains("150.0 nm/px");
    }

    @Test
    void titleAndMethodsStateCountsCalibrationsAndFilters() {
        int kept = 0;
        int measured = 0;
        for (ReportImage image : List.of(a1, a2, b1)) {
            kept += filterFor(image.particles()).select(image.particles()).length;
            measured += image.particles().size();
        }
        assertThat(pages.get(0)).contains("Lot 42").contains(kept + " kept of " + measured + " measured")
                .contains("A. Smith").contains("Silica");
        String methods = pages.get(1);
        assertThat(methods).contains("a_01 A 5.000 scale bar").contains("b_01 B 150.0 scale bar")
                .contains("ECD ≥ 45.00 nm").contains("touching the image border");
    }

    @Test
    void everyPageRendersToPng() throws IOException {
        Path dir = pdf.getParent();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var png = renderer.renderImageWithDPI(i, 80);
                assertThat(png.getWidth()).isGreaterThan(600);
                ImageIO.write(png, "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    private static List<String> sampleRows(String sample, List<ReportImage> images) {
        List<String> rows = new ArrayList<>();
        boolean first = true;
        for (Measurement m : REPORTED) {
            double[] pooled = images.stream().flatMapToDouble(img -> {
                ParticleTable t = img.particles();
                double factor = lengthFactorToNm(t, m);
                return Arrays.stream(ParticleStatistics.values(t, m, filterFor(t).select(t))).map(v -> factor == 1 ? v : v * factor);
            }).toArray();
            String unit = switch (m.unitKind()) {
                case LENGTH -> "nm";
                case AREA -> "nm²";
                default -> "";
            };
            rows.add(line(first ? sample : "", name(m), unit, cells(Descriptive.of(pooled), tenFiftyNinety(m, pooled))));
            first = false;
            if (m == Measurement.ECD) {
                rows.add(line("ECD by volume", unit, dCells(DValues.of(pooled, Weighting.VOLUME))));
            }
        }
        return rows;
    }

    /** B is measured in µm; the report pools in nm, the first calibrated image's unit. */
    private static double lengthFactorToNm(ParticleTable t, Measurement m) {
        double perUnit = t.units().lengthUnit().equals("um") ? 1000 : 1;
        return switch (m.unitKind()) {
            case LENGTH -> perUnit;
            case AREA -> perUnit * perUnit;
            default -> 1;
        };
    }

    private static ParticleFilter filterFor(ParticleTable t) {
        double min = MIN_ECD_NM / lengthFactorToNm(t, Measurement.ECD);
        return new ParticleFilter(List.of(MeasurementRange.atLeast(Measurement.ECD, min)), true);
    }

    private static double[] tenFiftyNinety(Measurement m, double[] values) {
        if (m == Measurement.ECD) {
            DValues d = DValues.of(values, Weighting.COUNT);
            return new double[]{d.d10(), d.d50(), d.d90()};
        }
        CumulativeDistribution q = CumulativeDistribution.of(values);
        return new double[]{q.quantile(0.1), q.quantile(0.5), q.quantile(0.9)};
    }

    private static List<String> cells(Descriptive d, double[] q) {
        return List.of(format.format((long) d.n()), format.format(d.mean()), format.format(d.std()), format.format(d.min()),
                format.format(d.max()), format.format(q[0]), format.format(q[1]), format.format(q[2]));
    }

    private static List<String> dCells(DValues d) {
        return List.of(format.format(d.d10()), format.format(d.d50()), format.format(d.d90()));
    }

    private static String name(Measurement m) {
        return switch (m) {
            case ECD -> "ECD";
            case AREA -> "Area";
            case FERET -> "Feret";
            case CIRCULARITY -> "Circularity";
            case ASPECT_RATIO -> "Aspect ratio";
            default -> throw new IllegalArgumentException(m.name());
        };
    }

    private static String line(String a, String b, List<String> cells) {
        return String.join(" ", Stream.concat(Stream.of(a, b), cells.stream()).filter(s -> !s.isEmpty()).toList());
    }

    private static String line(String a, String b, String c, List<String> cells) {
        return line(a.isEmpty() ? b : a + " " + b, c, cells);
    }

    /** The lines between a table's header line and the first line starting with {@code end}. */
    private static List<String> tableLines(String page, String header, String end) {
        List<String> lines = page.lines().map(String::strip).toList();
        int start = lines.indexOf(header);
        assertThat(start).as("header '" + header + "' in\n" + page).isGreaterThanOrEqualTo(0);
        List<String> out = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith(end); i++) {
            out.add(lines.get(i));
        }
        return out;
    }
}
