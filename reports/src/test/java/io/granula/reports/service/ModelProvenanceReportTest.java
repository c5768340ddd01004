package io.granula.reports.service;

import io.granula.core.pipeline.RunRecord;
import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.ReportService;
import io.granula.reports.model.ReportModel;
import io.granula.reports.model.ReportSample;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.testdata.SyntheticParticles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The methods section names the model in a few rows (name, SHA-256, trained on what and when,
 * validation figures); the training history, nested JSON that ran over two pages (issue 13), stays
 * in run.json.
 */
class ModelProvenanceReportTest {
    private static final String SHA = "1c9126eecc69b43ad4333b224a889c263825f71f2144ab73ee057e1d8db457e7";

    /** The shape FlowTrainer writes, with an earlier stage nested inside as the default model's sidecar has it. */
    private static Map<String, Object> trainedProvenance() {
        Map<String, Object> earlier = new LinkedHashMap<>();
        earlier.put("trained", true);
        earlier.put("data", "synth:3200 seed 11 size 512 diameters 5.0-300.0");
        earlier.put("augmentation", Map.of("noise", 0.08, "gamma", 1.6));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("trained", true);
        p.put("trainer", "Granula 0.1.0 (Java, DJL PyTorch)");
        p.put("date", "2026-11-22T11:39:27.387285575Z");
        p.put("init_model", "stage 11 (below), sha256 " + "ab".repeat(32));
        p.put("data", "synth:1600 seed 12 size 512 diameters 5.0-300.0");
        p.put("epochs", 3);
        p.put("checkpoint", "last");
        p.put("validation", Map.of("images", 8, "size", 256, "seed", -8709144523561289726L, "ap50", 0.7202,
                "ap75", 0.6178, "ap90", 0.3492));
        p.put("augmentation", Map.of("noise", 0.08, "brightness", 0.1, "scale", List.of(0.5, 2.0)));
        p.put("recipe", "python/unet.py --diam-mean 30 -> granula train (stage 1: synth:400 seed 1, lr 0.005) -> ".repeat(8));
        p.put("stage11", earlier);
        return p;
    }

    private static String methodsText(Map<String, Object> provenance, Path dir) throws Exception {
        RunRecord run = new RunRecord(RunRecord.SOFTWARE, Instant.parse("2026-12-01T09:00:00Z"), "granula-default.pt",
                SHA, provenance, "cpu", Map.of("diameter", 30), Map.of());
        ReportModel model = new ReportModel("Provenance", Instant.parse("2026-12-01T10:00:00Z"), Optional.of(run),
                List.of(new ReportSample("A", List.of(
                        SyntheticParticles.image("a_01", Path.of("a_01.tif"), 200, 160, 12, 4, 10, 5.0, 3)))));
        Path pdf = dir.resolve("report.pdf");
        new ReportService().write(model, ReportSettings.defaults(), pdf, ProgressMonitor.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            return text.substring(text.indexOf("Segmentation model"), text.indexOf("Calibration", text.indexOf("Segmentation model")));
        }
    }

    @Test
    void aTrainedModelIsAShortTableAndItsHistoryIsNotPrinted(@TempDir Path dir) throws Exception {
        String methods = methodsText(trainedProvenance(), dir);

        assertThat(methods).contains("granula-default.pt", "1c9126eecc69b43a", "run.json")
                .contains("synth:1600 seed 12 size 512 diameters 5.0-300.0; 3 epochs (last checkpoint)")
                .contains("2026-11-22 with Granula 0.1.0")
                .contains("AP@0.5 0.720, AP@0.75 0.618, AP@0.9 0.349 on 8 generated images of 256 px");
        assertThat(methods).doesNotContain("{", "}", "=", "stage11", "synth:3200", "noise", "diam-mean", SHA);
        assertThat(methods.lines().count()).as(methods).isLessThan(15);
    }

    @Test
    void anUntrainedModelShowsItsShortPlainFields(@TempDir Path dir) throws Exception {
        Map<String, Object> fixture = new LinkedHashMap<>();
        fixture.put("trained", false);
        fixture.put("purpose", "test fixture");
        fixture.put("torch", "1.13.1");
        fixture.put("nested", Map.of("a", 1));
        String methods = methodsText(fixture, dir);
        assertThat(methods).contains("Purpose", "test fixture", "Torch", "1.13.1").doesNotContain("{", "Nested");
    }
}
