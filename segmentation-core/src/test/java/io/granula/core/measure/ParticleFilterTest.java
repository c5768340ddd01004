package io.granula.core.measure;

import io.granula.core.calib.Calibration;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.ParticleSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticleFilterTest {
    // labels 1..4: areas 4, 9, 16 (touching the left edge), 25
    private final ParticleTable table = new ParticleMeasurer().measure(new SyntheticLabels(40, 10)
            .rect(1, 2, 2, 2, 2).rect(2, 6, 2, 3, 3).rect(3, 0, 5, 4, 4).rect(4, 20, 2, 5, 5).image(), Calibration.none());

    @Test
    void rangesAreInclusiveAndCombine() {
        ParticleFilter f = ParticleFilter.ALL.withRange(new MeasurementRange(Measurement.AREA, 9, 25));
        assertThat(f.select(table)).containsExactly(1, 2, 3);
        assertThat(f.withRange(MeasurementRange.atMost(Measurement.FERET, 5)).select(table)).containsExactly(1);
        assertThat(ParticleFilter.ALL.select(table)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void edgeTouchingParticlesCanBeExcluded() {
        assertThat(ParticleFilter.ALL.excludingEdgeTouching(true).select(table)).containsExactly(0, 1, 3);
    }

    @Test
    void statisticsFollowTheFilter() {
        ParticleFilter f = ParticleFilter.ALL.excludingEdgeTouching(true).withRange(MeasurementRange.atLeast(Measurement.AREA, 5));
        ParticleSummary s = ParticleStatistics.summarise(table, f);
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.totalCount()).isEqualTo(4);
        assertThat(s.of(Measurement.AREA).mean()).isEqualTo(17);
        assertThat(s.of(Measurement.AREA).min()).isEqualTo(9);
        assertThat(s.dValues(io.granula.core.stats.Weighting.COUNT).d50())
                .isEqualTo((Math.sqrt(4 * 9 / Math.PI) + Math.sqrt(4 * 25 / Math.PI)) / 2);
    }

    @Test
    void rangeOnAMissingMeasurementIsRefused() {
        ParticleFilter f = ParticleFilter.ALL.withRange(MeasurementRange.atLeast(Measurement.MEAN_INTENSITY, 10));
        assertThatThrownBy(() -> f.select(table)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean_intensity");
        assertThatThrownBy(() -> new MeasurementRange(Measurement.AREA, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
