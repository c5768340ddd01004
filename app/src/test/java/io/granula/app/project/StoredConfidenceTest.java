package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredConfidenceTest {
    @Test
    void reMeasuredTableTakesEachParticlesStoredConfidenceByLabelAndNoneForAHandDrawnOne() {
        int[] px = new int[8 * 4];
        for (int y = 0; y < 2; y++) {
            px[y * 8] = 7;       // particle 7, left
            px[y * 8 + 3] = 3;   // particle 3, middle
            px[y * 8 + 6] = 12;  // particle 12, right: drawn by hand, nothing stored
        }
        ParticleTable table = new ParticleMeasurer().measure(new LabelImage(8, 4, px), Calibration.none());
        assertThat(table.has(Measurement.CONFIDENCE)).isFalse();

        ParticleTable withConfidence = StoredConfidence.onto(table, List.of(row(3, 0.25), row(7, 0.75)));

        assertThat(withConfidence.has(Measurement.CONFIDENCE)).isTrue();
        assertThat(withConfidence.value(Measurement.CONFIDENCE, withConfidence.rowOf(3))).isEqualTo(0.25);
        assertThat(withConfidence.value(Measurement.CONFIDENCE, withConfidence.rowOf(7))).isEqualTo(0.75);
        assertThat(withConfidence.value(Measurement.CONFIDENCE, withConfidence.rowOf(12))).isNaN();
        assertThat(withConfidence.value(Measurement.AREA, withConfidence.rowOf(12))).isEqualTo(2.0);
    }

    private static ParticleRow row(int label, double confidence) {
        double[] v = new double[Measurement.values().length];
        Arrays.fill(v, 1.0);
        v[Measurement.CONFIDENCE.ordinal()] = confidence;
        return new ParticleRow(label, v);
    }
}
