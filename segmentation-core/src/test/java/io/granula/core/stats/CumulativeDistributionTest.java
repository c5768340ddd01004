package io.granula.core.stats;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CumulativeDistributionTest {
    @Test
    void equalWeightsGiveHyndmanFanDefinitionFive() {
        double[] oneToTen = {7, 3, 1, 10, 2, 9, 4, 8, 6, 5};
        CumulativeDistribution q = CumulativeDistribution.of(oneToTen);
        // R: quantile(1:10, c(.1,.25,.5,.9), type = 5) = 1.5 3.0 5.5 9.5
        assertThat(q.quantile(0.1)).isCloseTo(1.5, within(1e-12));
        assertThat(q.quantile(0.25)).isCloseTo(3.0, within(1e-12));
        assertThat(q.quantile(0.5)).isCloseTo(5.5, within(1e-12));
        assertThat(q.quantile(0.9)).isCloseTo(9.5, within(1e-12));
        assertThat(q.quantile(0.01)).isEqualTo(1);
        assertThat(q.quantile(1.0)).isEqualTo(10);
    }

    @Test
    void volumeWeightsOfExtremeSizesStayFiniteAndScaleFree() {
        double[] sizes = {1, 2, 3, 4, 5, 6};
        DValues reference = DValues.of(sizes, Weighting.VOLUME);
        for (double scale : new double[]{1e-300, 1e300}) {
            double[] scaled = java.util.Arrays.stream(sizes).map(v -> v * scale).toArray();
            DValues d = DValues.of(scaled, Weighting.VOLUME);
            // (1e300)^3 overflows a double: the weights must be relative, so D-values scale with the sizes.
            assertThat(d.d10() / scale).isCloseTo(reference.d10(), within(1e-9));
            assertThat(d.d50() / scale).isCloseTo(reference.d50(), within(1e-9));
            assertThat(d.d90() / scale).isCloseTo(reference.d90(), within(1e-9));
        }
    }

    @Test
    void countWeightedD50IsTheMedian() {
        Random rnd = new Random(5);
        for (int n = 1; n < 40; n++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = 1 + rnd.nextDouble() * 100;
            }
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            assertThat(DValues.of(v, Weighting.COUNT).d50()).isCloseTo(median, within(1e-9));
            assertThat(CumulativeDistribution.of(v, ones(n)).quantile(0.5)).isCloseTo(median, within(1e-9));
        }
    }

    @Test
    void volumeWeightingMovesDValuesTowardsBigParticles() {
        double[] sizes = {1, 2};
        // number: P = 0.25, 0.75 -> D50 = 1.5; volume: weights 1 and 8, P = 1/18, 10/18 -> D50 = 1 + (0.5 - 1/18) / (9/18)
        assertThat(DValues.of(sizes, Weighting.COUNT).d50()).isCloseTo(1.5, within(1e-12));
        assertThat(DValues.of(sizes, Weighting.VOLUME).d50()).isCloseTo(1 + (0.5 - 1.0 / 18) / 0.5, within(1e-12));
        // area: weights 1 and 4, P = 0.1, 0.6 -> D50 = 1 + 0.4 / 0.5
        assertThat(DValues.of(sizes, Weighting.AREA).d50()).isCloseTo(1.8, within(1e-12));

        Random rnd = new Random(9);
        double[] logNormal = new double[5000];
        for (int i = 0; i < logNormal.length; i++) {
            logNormal[i] = Math.exp(3 + 0.4 * rnd.nextGaussian());
        }
        DValues q0 = DValues.of(logNormal, Weighting.COUNT);
        DValues q2 = DValues.of(logNormal, Weighting.AREA);
        DValues q3 = DValues.of(logNormal, Weighting.VOLUME);
        assertThat(q0.d10()).isLessThan(q0.d50()).isLessThan(q0.d90());
        assertThat(q0.d50()).isLessThan(q2.d50()).isLessThan(q3.d50());
        // log-normal: the r-weighted median is exp(mu + r sigma^2) (Hatch-Choate)
        assertThat(q3.d50()).isCloseTo(Math.exp(3 + 3 * 0.16), within(0.03 * Math.exp(3.48)));
    }

    @Test
    void curvePassesThroughTheQuantiles() {
        double[] v = {4, 1, 9, 16, 25, 2};
        double[] w = {1, 3, 1, 2, 0.5, 1};
        CumulativeDistribution q = CumulativeDistribution.of(v, w);
        CumulativeCurve c = q.curve();
        assertThat(c.value()).containsExactly(1, 2, 4, 9, 16, 25);
        for (int i = 0; i < c.size(); i++) {
            assertThat(q.quantile(c.fraction()[i])).isCloseTo(c.value()[i], within(1e-12));
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (double p = 0; p <= 1; p += 0.01) {
            double x = q.quantile(p);
            assertThat(x).isGreaterThanOrEqualTo(previous);
            previous = x;
        }
    }

    @Test
    void emptyAndUnusableValuesGiveNaN() {
        assertThat(DValues.of(new double[0], Weighting.VOLUME).d50()).isNaN();
        assertThat(DValues.of(new double[]{Double.NaN, -1, 0}, Weighting.COUNT).d10()).isNaN();
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}
