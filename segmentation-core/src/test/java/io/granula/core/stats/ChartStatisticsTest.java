package io.granula.core.stats;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChartStatisticsTest {
    @Test
    void descriptiveUsesSampleStandardDeviationAndSkipsNaN() {
        Descriptive d = Descriptive.of(new double[]{2, 4, 4, 4, 5, 5, 7, 9, Double.NaN});
        assertThat(d.n()).isEqualTo(8);
        assertThat(d.mean()).isEqualTo(5);
        assertThat(d.std()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(d.min()).isEqualTo(2);
        assertThat(d.max()).isEqualTo(9);
        assertThat(Descriptive.of(new double[]{3}).std()).isNaN();
        assertThat(Descriptive.of(new double[]{1, 2, 3, 4}, new int[]{1, 3}).mean()).isEqualTo(3);
    }

    @Test
    void fixedWidthBinsAlignToMultiplesAndCountTheMaximum() {
        Histogram h = Histogram.of(new double[]{3, 5, 7.5, 10, 12, 20}, Binning.width(5));
        assertThat(h.edges()).containsExactly(0, 5, 10, 15, 20);
        assertThat(h.weights()).containsExactly(1, 2, 2, 1);
        assertThat(h.total()).isEqualTo(6);
        assertThat(h.center(0)).isEqualTo(2.5);
    }

    @Test
    void fixedCountBinsSpanTheDataExactly() {
        Random rnd = new Random(1);
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextGaussian();
        }
        Histogram h = Histogram.of(v, Binning.count(17));
        assertThat(h.bins()).isEqualTo(17);
        assertThat(h.edges()[0]).isEqualTo(java.util.Arrays.stream(v).min().getAsDouble());
        assertThat(h.edges()[17]).isEqualTo(java.util.Arrays.stream(v).max().getAsDouble());
        assertThat(h.total()).isEqualTo(1000);
        assertThat(java.util.Arrays.stream(h.weights()).sum()).isEqualTo(1000);
    }

    @Test
    void logBinsAreDecadeAlignedAndLeaveOutNonPositiveValues() {
        Histogram h = Histogram.of(new double[]{1, 5, 10, 50, 100, 0, -3, Double.NaN}, Binning.logWidth(0.5));
        assertThat(h.excluded()).isEqualTo(3);
        assertThat(h.edges()).hasSize(5);
        assertThat(h.edges()[0]).isCloseTo(1, within(1e-12));
        assertThat(h.edges()[2]).isCloseTo(10, within(1e-12));
        assertThat(h.edges()[4]).isCloseTo(100, within(1e-12));
        assertThat(h.weights()).containsExactly(1, 1, 1, 2);
        assertThat(h.center(2)).isCloseTo(Math.sqrt(10 * Math.pow(10, 1.5)), within(1e-9));
        Histogram counted = Histogram.of(new double[]{1, 1000}, Binning.logCount(3));
        assertThat(counted.edges()[1]).isCloseTo(10, within(1e-9));
    }

    @Test
    void weightedHistogramSumsWeights() {
        Histogram h = Histogram.of(new double[]{1, 2, 3}, new double[]{1, 8, 27}, Binning.count(3));
        assertThat(h.weights()).containsExactly(1, 8, 27);
        assertThat(h.fraction(2)).isCloseTo(27.0 / 36, within(1e-12));
    }

    @Test
    void singleValueStillGetsABin() {
        assertThat(Histogram.of(new double[]{4, 4}, Binning.count(5)).total()).isEqualTo(2);
        assertThat(Histogram.of(new double[]{4, 4}, Binning.width(2)).weights()).containsExactly(2);
        assertThat(Histogram.of(new double[]{Double.NaN}, Binning.width(2)).bins()).isZero();
    }

    @Test
    void absurdBinningIsRefused() {
        assertThatThrownBy(() -> Binning.width(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Binning.count(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Histogram.of(new double[]{0, 1e9}, Binning.width(1e-3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bins");
    }

    @Test
    void boxPlotHasTukeyWhiskersAndOutliers() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40};
        BoxPlot b = BoxPlot.of(v);
        // type-5 quartiles of 11 values: positions (i - 0.5) / 11
        assertThat(b.median()).isEqualTo(6);
        assertThat(b.q1()).isCloseTo(3.25, within(1e-12));
        assertThat(b.q3()).isCloseTo(8.75, within(1e-12));
        assertThat(b.lowerWhisker()).isEqualTo(1);
        assertThat(b.upperWhisker()).isEqualTo(10);
        assertThat(b.outliers()).containsExactly(40);
        assertThat(b.n()).isEqualTo(11);
    }

    @Test
    void violinUsesSilvermanBandwidthAndIntegratesToOne() {
        Random rnd = new Random(2);
        double[] v = new double[4000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 2 == 0 ? 10 + rnd.nextGaussian() : 20 + rnd.nextGaussian();
        }
        Violin violin = Violin.of(v, 400);
        Descriptive d = Descriptive.of(v);
        BoxPlot b = BoxPlot.of(v);
        double expectedH = 0.9 * Math.min(d.std(), b.iqr() / 1.34) * Math.pow(v.length, -0.2);
        assertThat(violin.bandwidth()).isCloseTo(expectedH, within(1e-12));
        double integral = 0;
        for (int i = 1; i < violin.value().length; i++) {
            integral += (violin.value()[i] - violin.value()[i - 1]) * (violin.density()[i] + violin.density()[i - 1]) / 2;
        }
        assertThat(integral).isBetween(0.97, 1.0); // the violin is cut at the extremes: the tails are missing
        // bimodal: the density dips between the modes
        double atMode = density(violin, 10), between = density(violin, 15);
        assertThat(between).isLessThan(atMode / 10);
    }

    private static double density(Violin v, double at) {
        int best = 0;
        for (int i = 0; i < v.value().length; i++) {
            if (Math.abs(v.value()[i] - at) < Math.abs(v.value()[best] - at)) {
                best = i;
            }
        }
        return v.density()[best];
    }
}
