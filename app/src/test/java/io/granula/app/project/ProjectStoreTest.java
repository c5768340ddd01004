package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectStoreTest {
    @TempDir
    Path dir;

    @Test
    void imageIsStoredWithRelativePathHashSizeAndBitDepth() throws Exception {
        try (ProjectStore store = ProjectFixtures.analysedProject(dir)) {
            ProjectImage img = store.images().get(0);
            assertThat(img.path()).isEqualTo("grains.png");
            assertThat(img.relative()).isTrue();
            assertThat(img.sha256()).isEqualTo(ImageFiles.sha256(dir.resolve("grains.png")));
            assertThat(img.fileSize()).isEqualTo(Files.size(dir.resolve("grains.png")));
            assertThat(List.of(img.width(), img.height(), img.bitDepth())).containsExactly(160, 120, 8);
            assertThat(store.samples()).extracting(Sample::name).containsExactly("powder A");
            assertThat(img.sampleId()).isEqualTo(store.samples().get(0).id());
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void imageOutsideTheProjectFolderIsStoredAbsolute(@TempDir Path elsewhere) {
        Path image = ProjectFixtures.writeImage(elsewhere.resolve("far.png"), ProjectFixtures.discs(40, 30, 2, 1));
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.granula"))) {
            ProjectImage img = store.addImage(image, "far", 0);
            assertThat(img.relative()).isFalse();
            assertThat(Path.of(img.path())).isEqualTo(image.toAbsolutePath().normalize());
            assertThat(store.resolve(img)).isEqualTo(image.toAbsolutePath().normalize());
        }
    }

    @Test
    void editsUndoRedoAndResetToModelSurviveReopening() {
        LabelImage model;
        int[] afterTwoEdits;
        try (ProjectStore store = ProjectFixtures.analysedProject(dir)) {
            long id = store.images().get(0).id();
            model = store.masks(id, MaskKind.MODEL).orElseThrow();
            EditSession s = store.edit(id, null);
            s.apply(new EditOperation.Delete(List.of(3))).orElseThrow();
            EditResult merge = s.apply(new EditOperation.Merge(List.of(1, 2))).orElseThrow();
            assertThat(merge.removed()).containsExactly(2);
            assertThat(merge.edit().touched()).containsExactly(1, 2);
            assertThat(merge.edit().author()).isEqualTo(System.getProperty("user.name"));
            afterTwoEdits = s.labels().labels().clone();
            s.apply(new EditOperation.Paint(5, Region.disc(80, 60, 6))).orElseThrow();
            s.undo().orElseThrow();
            assertThat(s.labels().labels()).isEqualTo(afterTwoEdits);
        }
        try (ProjectStore store = ProjectStore.open(dir.resolve("study.granula"))) {
            long id = store.images().get(0).id();
            assertThat(store.masks(id, MaskKind.CURRENT).orElseThrow().labels()).isEqualTo(afterTwoEdits);
            assertThat(store.edits(id)).extracting(EditRecord::kind).containsExactly("delete", "merge", "paint");
            assertThat(store.edits(id)).extracting(EditRecord::state).containsExactly(
                    EditRecord.State.APPLIED, EditRecord.State.APPLIED, EditRecord.State.UNDONE);
            EditSession s = store.edit(id, null);
            EditResult redo = s.redo().orElseThrow();
            assertThat(redo.edit().kind()).isEqualTo("paint");
            s.undo();
            s.undo();
            s.apply(new EditOperation.Erase(Region.rectangle(0, 0, 30, 30), 0));
            assertThat(s.canRedo()).as("a new edit discards what was undone").isFalse();
            s.resetToModel().orElseThrow();
            assertThat(s.labels().labels()).isEqualTo(model.labels());
            assertThat(store.particles(id)).hasSize(12);
        }
        try (ProjectStore store = ProjectStore.open(dir.resolve("study.granula"))) {
            long id = store.images().get(0).id();
            assertThat(store.masks(id, MaskKind.CURRENT).orElseThrow().labels()).isEqualTo(model.labels());
            EditSession s = store.edit(id, null);
            s.undo().orElseThrow(); // the reset itself can be undone
            assertThat(s.labels().labels()).isNotEqualTo(model.labels());
        }
    }

    @Test
    void touchedParticlesAreRemeasuredExactlyAsAWholeImageMeasurement() {
        try (ProjectStore store = ProjectFixtures.analysedProject(dir)) {
            ProjectImage img = store.images().get(0);
            Image2D intensity = ProjectFixtures.read(dir.resolve("grains.png"));
            EditSession s = store.edit(img.id(), intensity);
            s.apply(new EditOperation.Merge(List.of(4, 5)));
            s.apply(new EditOperation.Split(7, Region.rectangle(0, 0, 160, 62)));
            s.apply(new EditOperation.Paint(9, Region.disc(10, 110, 5))); // touches the image border
            s.apply(new EditOperation.Create(Region.disc(150, 5, 4), false));
            s.apply(new EditOperation.Erase(Region.disc(70, 60, 3), 0));
            s.apply(new EditOperation.Delete(List.of(1)));
            Calibration cal = store.calibration(img.id()).orElseThrow().calibration();
            ParticleTable full = new ParticleMeasurer().measure(s.labels(), intensity, cal, null);
            List<ParticleRow> stored = store.particles(img.id());
            assertThat(stored).extracting(ParticleRow::label)
                    .containsExactlyElementsOf(ParticleRows.of(full).stream().map(ParticleRow::label).toList());
            for (int r = 0; r < full.size(); r++) {
                for (Measurement m : full.measurements()) {
                    assertThat(stored.get(r).value(m)).as("%s of particle %d", m, full.label(r))
                            .isCloseTo(full.value(m, r), within(1e-9 * Math.max(1, Math.abs(full.value(m, r)))));
                }
            }
        }
    }

    @Test
    void calibrationHistoryKeepsEveryPixelSizeAndRescalesMeasurements() {
        try (ProjectStore store = ProjectFixtures.analysedProject(dir)) {
            long id = store.images().get(0).id();
            double area = store.particles(id).get(0).value(Measurement.AREA);
            double circ = store.particles(id).get(0).value(Measurement.CIRCULARITY);
            store.setCalibration(id, 5.0, CalibrationOrigin.DRAWN, "line of 100 nm over 20 px");
            assertThat(store.calibrationHistory(id)).extracting(CalibrationEntry::origin)
                    .containsExactly(CalibrationOrigin.TYPED, CalibrationOrigin.DRAWN);
            assertThat(store.calibration(id).orElseThrow().nmPerPixel()).isEqualTo(5.0);
            assertThat(store.particles(id).get(0).value(Measurement.AREA)).isCloseTo(area * 4, within(1e-9 * area));
            assertThat(store.particles(id).get(0).value(Measurement.CIRCULARITY)).isEqualTo(circ);
        }
    }

    @Test
    void equalSettingsAreStoredOnceAndChoicesKeptAsJson() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.granula"))) {
            AnalysisSettingsRecord a = store.saveSettings(ProjectFixtures.settings());
            AnalysisSettingsRecord b = store.saveSettings(ProjectFixtures.settings());
            assertThat(a.id()).isEqualTo(b.id()).isPositive();
            store.putSetting(ProjectStore.FILTERS, "{\"min_area\":10}");
            assertThat(store.setting(ProjectStore.FILTERS)).contains("{\"min_area\":10}");
            assertThat(store.setting(ProjectStore.REPORT_CHOICES)).isEmpty();
        }
    }
}
