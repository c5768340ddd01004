package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A new pixel size reaches an open edit session: particles it re-measures afterwards are in the new units. */
class EditCalibrationTest {
    @TempDir
    Path dir;

    @Test
    void editsAfterAPixelSizeChangeAreMeasuredInTheNewUnitsLikeTheRestOfTheImage() {
        try (ProjectStore store = ProjectFixtures.analysedProject(dir)) {
            ProjectImage img = store.images().get(0);
            Image2D intensity = ProjectFixtures.read(dir.resolve("grains.png"));
            EditSession s = store.edit(img.id(), intensity);
            s.apply(new EditOperation.Paint(2, Region.disc(30, 20, 3)));

            store.setCalibration(img.id(), 10.0, CalibrationOrigin.DRAWN, "drawn: 100 nm over 10 px");
            s.apply(new EditOperation.Paint(6, Region.disc(100, 50, 4)));
            s.apply(new EditOperation.Create(Region.disc(150, 110, 5), false));

            Calibration cal = store.calibration(img.id()).orElseThrow().calibration();
            assertThat(cal.nmPerPixel()).isEqualTo(10.0);
            ParticleTable full = new ParticleMeasurer().measure(s.labels(), intensity, cal, null);
            List<ParticleRow> stored = store.particles(img.id());
            assertThat(stored).hasSize(full.size());
            for (int r = 0; r < full.size(); r++) {
                for (Measurement m : List.of(Measurement.AREA, Measurement.ECD, Measurement.PERIMETER, Measurement.CENTROID_X)) {
                    assertThat(stored.get(r).value(m)).as("%s of particle %d", m, full.label(r))
                            .isCloseTo(full.value(m, r), within(1e-9 * Math.max(1, Math.abs(full.value(m, r)))));
                }
            }
        }
    }
}
