package io.granula.app.gui.session;

import io.granula.app.project.EditRecord;
import io.granula.app.project.ProjectFixtures;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The region an edit hands the viewer holds every pixel of the touched particles, before and after. */
class TouchedRegionTest {
    private static final Calibration CAL = new Calibration(2.5, CalibrationSource.USER, "test");

    @Test
    void aMergeTouchesThePatchAndTheWholeOfBothParticlesInImagePixels() {
        LabelImage before = ProjectFixtures.discs(300, 200, 12, 5);
        int[] merged = before.labels().clone();
        int px0 = Integer.MAX_VALUE, py0 = Integer.MAX_VALUE, px1 = -1, py1 = -1;
        for (int i = 0; i < merged.length; i++) {
            if (merged[i] == 1) { // particle 1 becomes part of particle 2: only its pixels change
                merged[i] = 2;
                px0 = Math.min(px0, i % 300);
                py0 = Math.min(py0, i / 300);
                px1 = Math.max(px1, i % 300);
                py1 = Math.max(py1, i / 300);
            }
        }
        LabelImage after = new LabelImage(300, 200, merged);
        ParticleMeasurer m = new ParticleMeasurer();
        ParticleTable was = m.measure(before, null, CAL, null), now = m.measure(after, null, CAL, null);
        EditRecord rec = new EditRecord(1, 1, 1, "merge", Instant.EPOCH, "test", List.of(1, 2),
                px0, py0, px1 - px0 + 1, py1 - py0 + 1, EditRecord.State.APPLIED);

        TouchedRegion r = EditService.touchedRegion(rec, was, now);

        assertThat(r.ids()).containsExactlyInAnyOrder(1, 2);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                if (before.get(x, y) == 1 || before.get(x, y) == 2) {
                    assertThat(x >= r.x() && x < r.x() + r.width() && y >= r.y() && y < r.y() + r.height())
                            .as("pixel %d,%d of a touched particle", x, y).isTrue();
                }
            }
        }
        // and no wider than the merged particle's box, give or take the pixel of rounding each side
        int mergedWidth = (int) Math.ceil(now.value(Measurement.BBOX_WIDTH, now.rowOf(2)) / now.units().unitsPerPixel());
        assertThat(r.width()).isLessThanOrEqualTo(mergedWidth + 2);
    }
}
