package io.granula.core.measure;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ParticleMeasurerTest {
    private final ParticleMeasurer measurer = new ParticleMeasurer();

    @Test
    void onePixelHasImageJsCornerCutPerimeter() {
        ParticleTable t = measurer.measure(new SyntheticLabels(5, 5).pixel(7, 2, 2).image(), Calibration.none());
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.label(0)).isEqualTo(7);
        assertThat(t.value(Measurement.PERIMETER, 0)).isCloseTo(4 - 2 * (2 - Math.sqrt(2)), within(1e-12));
        assertThat(t.value(Measurement.ECD, 0)).isCloseTo(Math.sqrt(4 / Math.PI), within(1e-12));
        assertThat(t.value(Measurement.CENTROID_X, 0)).isEqualTo(2.5);
        assertThat(t.outline(0).main()).isEqualTo(new Contour(new int[]{3, 2, 2, 3}, new int[]{3, 3, 2, 2}));
    }

    @Test
    void labelsWithGapsKeepTheirIdsInAscendingOrder() {
        SyntheticLabels s = new SyntheticLabels(20, 5).rect(183, 1, 1, 2, 2).rect(4, 10, 1, 3, 3);
        ParticleTable t = measurer.measure(s.image(), Calibration.none());
        assertThat(new int[]{t.label(0), t.label(1)}).containsExactly(4, 183);
        assertThat(t.value(Measurement.AREA, 0)).isEqualTo(9);
        assertThat(t.value(Measurement.AREA, 1)).isEqualTo(4);
    }

    @Test
    void hugeSparseIdsAreMeasuredLikeSmallOnes() {
        SyntheticLabels small = new SyntheticLabels(30, 30).ellipse(1, 10, 10, 6, 3, 0.4).rect(2, 20, 20, 4, 5);
        SyntheticLabels huge = new SyntheticLabels(30, 30).ellipse(2_000_000_000, 10, 10, 6, 3, 0.4).rect(1_999_999_999, 20, 20, 4, 5);
        ParticleTable a = measurer.measure(small.image(), Calibration.none());
        ParticleTable b = measurer.measure(huge.image(), Calibration.none());
        assertThat(b.label(0)).isEqualTo(1_999_999_999);
        for (Measurement m : a.measurements()) {
            assertThat(b.value(m, 1)).as(m.key()).isEqualTo(a.value(m, 0));
            assertThat(b.value(m, 0)).as(m.key()).isEqualTo(a.value(m, 1));
        }
    }

    @Test
    void labelInTwoPartsSumsPerimetersAndSpansBothWithItsHull() {
        SyntheticLabels s = new SyntheticLabels(30, 10).rect(1, 2, 2, 4, 4).rect(1, 20, 2, 4, 4);
        ParticleTable t = measurer.measure(s.image(), Calibration.none());
        double squarePerimeter = 16 - 4 * (2 - Math.sqrt(2)); // ImageJ's 4x4 square
        assertThat(t.outline(0).parts()).hasSize(2);
        assertThat(t.value(Measurement.AREA, 0)).isEqualTo(32);
        assertThat(t.value(Measurement.PERIMETER, 0)).isCloseTo(2 * squarePerimeter, within(1e-12));
        assertThat(t.value(Measurement.FERET, 0)).isCloseTo(Math.hypot(22, 4), within(1e-12));
        assertThat(t.value(Measurement.CONVEX_AREA, 0)).isEqualTo(22 * 4);
        assertThat(t.value(Measurement.SOLIDITY, 0)).isEqualTo(32.0 / 88);
    }

    @Test
    void islandInsideTheHoleOfTheSameLabelIsASecondPart() {
        SyntheticLabels s = new SyntheticLabels(12, 12).rect(3, 1, 1, 9, 9).clear(3, 3, 5, 5).pixel(3, 5, 5);
        ParticleTable t = measurer.measure(s.image(), Calibration.none());
        assertThat(t.outline(0).parts()).hasSize(2);
        assertThat(t.value(Measurement.AREA, 0)).isEqualTo(81 - 25 + 1);
        assertThat(t.value(Measurement.CONVEX_AREA, 0)).isEqualTo(81);
    }

    @Test
    void calibrationScalesLengthsAndAreasOnly() {
        SyntheticLabels s = new SyntheticLabels(40, 40).ellipse(1, 20, 20, 12, 6, 0.7);
        ParticleTable px = measurer.measure(s.image(), Calibration.none());
        ParticleTable nm = measurer.measure(s.image(), new Calibration(2.5, CalibrationSource.SCALE_BAR, "bar"));
        ParticleTable um = measurer.measure(s.image(), Calibration.parseUser("0.5 um/px"));
        assertThat(um.units().lengthUnit()).isEqualTo("um");
        assertThat(um.columnName(Measurement.PERIMETER)).isEqualTo("perimeter_um");
        for (Measurement m : px.measurements()) {
            double f = switch (m.unitKind()) {
                case LENGTH -> 2.5;
                case AREA -> 6.25;
                default -> 1.0;
            };
            assertThat(nm.value(m, 0)).as(m.key()).isCloseTo(px.value(m, 0) * f, within(1e-9 * Math.max(1, px.value(m, 0) * f)));
            assertThat(um.value(m, 0) / (f == 1.0 ? 1.0 : f == 2.5 ? 0.5 / 2.5 : 0.25 / 6.25))
                    .as(m.key()).isCloseTo(nm.value(m, 0), within(1e-9 * Math.max(1, Math.abs(nm.value(m, 0)))));
        }
    }

    @Test
    void intensityColumnsOnlyWithAnImageOfTheSameSize() {
        SyntheticLabels s = new SyntheticLabels(4, 2).rect(1, 0, 0, 2, 1);
        float[] values = {1, 3, 100, 100, 100, 100, 100, 100};
        ParticleTable t = measurer.measure(s.image(), Image2D.gray(4, 2, values), Calibration.none(), ProgressMonitor.NONE);
        assertThat(t.value(Measurement.MEAN_INTENSITY, 0)).isEqualTo(2);
        assertThat(t.value(Measurement.MIN_INTENSITY, 0)).isEqualTo(1);
        assertThat(t.value(Measurement.MAX_INTENSITY, 0)).isEqualTo(3);
        assertThat(t.value(Measurement.STD_INTENSITY, 0)).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(measurer.measure(s.image(), Calibration.none()).has(Measurement.MEAN_INTENSITY)).isFalse();
        assertThatThrownBy(() -> measurer.measure(s.image(), Image2D.gray(2, 2, new float[4]), Calibration.none(), ProgressMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2x2").hasMessageContaining("4x2");
    }

    @Test
    void edgeTouchingFlagsParticlesOnTheBorder() {
        SyntheticLabels s = new SyntheticLabels(10, 10).rect(1, 0, 4, 2, 2).rect(2, 4, 4, 2, 2).rect(3, 8, 8, 2, 2);
        ParticleTable t = measurer.measure(s.image(), Calibration.none());
        assertThat(t.column(Measurement.EDGE_TOUCHING)).containsExactly(1, 0, 1);
    }

    @Test
    void emptyImageGivesAnEmptyTable() {
        ParticleTable t = measurer.measure(new LabelImage(3, 3, new int[9]), Calibration.none());
        assertThat(t.size()).isZero();
        assertThat(t.measurements()).contains(Measurement.AREA);
    }

    @Test
    void cancellationStopsTheMeasurement() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        LabelImage labels = SyntheticLabels.randomBlobs(50, 50, 10, 5, 1).image();
        assertThatThrownBy(() -> measurer.measure(labels, null, Calibration.none(), cancelled)).isInstanceOf(CancelledException.class);
    }

    @Test
    void bandedScanOfManyRowsAgreesWithOneBand() {
        // 2000 rows with few labels: the pixel pass runs in bands; sums must match a tiny single-band case
        SyntheticLabels tall = new SyntheticLabels(40, 2000).ellipse(1, 20, 1000, 15, 900, 0.01);
        ParticleTable t = measurer.measure(tall.image(), Calibration.none());
        long count = java.util.Arrays.stream(tall.labels).filter(v -> v == 1).count();
        assertThat(t.value(Measurement.AREA, 0)).isEqualTo(count);
        assertThat(t.value(Measurement.CENTROID_Y, 0)).isCloseTo(1000, within(0.5));
    }
}
