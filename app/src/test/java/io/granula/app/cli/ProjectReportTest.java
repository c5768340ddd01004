package io.granula.app.cli;

import io.granula.app.Granula;
import io.granula.app.project.EditOperation;
import io.granula.app.project.FilterDocument;
import io.granula.app.project.ParticleRow;
import io.granula.app.project.ProjectFixtures;
import io.granula.app.project.ProjectStore;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.reports.format.ReportNumberFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report P.granula}: a real PDF from the project's current masks, read back with PDFBox. */
class ProjectReportTest extends ConsoleCapture {
    @TempDir
    Path tmp;

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    /** "ECD nm N mean std" as the summary table prints it, from the project's stored measurements. */
    private static String ecdRow(List<ParticleRow> rows) {
        double[] ecd = rows.stream().mapToDouble(r -> r.value(Measurement.ECD)).toArray();
        double mean = java.util.Arrays.stream(ecd).average().orElseThrow();
        double ss = java.util.Arrays.stream(ecd).map(v -> (v - mean) * (v - mean)).sum();
        ReportNumberFormat f = ReportNumberFormat.defaults();
        return "ECD nm " + ecd.length + " " + f.format(mean) + " " + f.format(Math.sqrt(ss / (ecd.length - 1)));
    }

    @Test
    void reportOfAProjectShowsItsSampleAndItsStoredMeasurementsAfterAnEdit() throws Exception {
        Path pdf = tmp.resolve("out/study.pdf");
        Path project;
        List<ParticleRow> rows;
        try (ProjectStore store = ProjectFixtures.analysedProject(tmp)) {
            project = store.file();
            long id = store.images().get(0).id();
            store.edit(id, ProjectFixtures.read(store.resolve(store.images().get(0))))
                    .apply(new EditOperation.Delete(List.of(3))).orElseThrow();
            rows = store.particles(id);
        }
        assertThat(rows).hasSize(11);

        assertThat(Granula.run("report", project.toString(), "--out", pdf.toString(), "--quiet")).as(stderr()).isZero();

        assertThat(stdout()).contains("study.pdf").contains("1 images in 1 samples");
        assertThat(text(pdf)).contains(ecdRow(rows)).contains("powder A").contains("11 kept of 11 measured");
    }

    @Test
    void theProjectsFilterAndReportChoicesApplyAndAnOpenProjectIsReportedFromAReadOnlyView() throws Exception {
        Path pdf = tmp.resolve("r.pdf");
        try (ProjectStore store = ProjectFixtures.analysedProject(tmp)) {
            List<ParticleRow> rows = store.particles(store.images().get(0).id());
            double[] ecd = rows.stream().mapToDouble(r -> r.value(Measurement.ECD)).sorted().toArray();
            double min = ecd[ecd.length / 2];
            long kept = rows.stream().filter(r -> r.value(Measurement.ECD) >= min).count();
            store.putSetting(ProjectStore.FILTERS,
                    FilterDocument.write(ParticleFilter.ALL.withRange(new MeasurementRange(Measurement.ECD, min, Double.POSITIVE_INFINITY))));
            store.putSetting(ProjectStore.REPORT_CHOICES, "{\"title\": \"Reviewer copy\"}");

            // the store stays open for writing here, as the workbench holds it
            assertThat(Granula.run("report", store.file().toString(), "--out", pdf.toString(), "--quiet"))
                    .as(stderr()).isZero();

            assertThat(kept).isBetween(1L, 11L);
            assertThat(text(pdf)).contains("Reviewer copy").contains(kept + " kept of 12 measured");
        }
    }

    @Test
    void aProjectWithNothingAnalysedWritesNoReport() throws Exception {
        Path project = tmp.resolve("empty.granula");
        ProjectStore.create(project).close();
        Path pdf = tmp.resolve("r.pdf");

        assertThat(Granula.run("report", project.toString(), "--out", pdf.toString(), "--quiet"))
                .isEqualTo(GranulaCommand.SOME_FAILED);

        assertThat(stderr().trim()).isEqualTo("granula: no image of " + project + " has been analysed; no report written");
        assertThat(pdf).doesNotExist();
    }
}
