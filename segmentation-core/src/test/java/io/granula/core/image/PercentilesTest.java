package io.granula.core.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.testing.NpyFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PercentilesTest {
    private static JsonNode numpyFigures() throws IOException {
        try (InputStream in = PercentilesTest.class.getResourceAsStream("/models/percentiles.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void matchesNumpyLinearInterpolationOnFloatsWithTies() throws IOException {
        JsonNode fig = numpyFigures();
        float[] values = NpyFixture.resource("percentile-values.npy").data();
        double[] q = new double[fig.get("q").size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = fig.get("q").get(i).asDouble();
        }
        double[] got = Percentiles.of(values, q);
        for (int i = 0; i < q.length; i++) {
            assertThat(got[i]).as("percentile %s", q[i]).isCloseTo(fig.get("values").get(i).asDouble(), within(1e-6));
        }
    }

    @Test
    void histogramPathMatchesNumpyOnIntegerImage() throws IOException {
        JsonNode fig = numpyFigures();
        float[] image = NpyFixture.resource("tiny-input-80x96.npy").data();
        double[] got = Percentiles.of(image, 1, 99);
        assertThat(got[0]).isCloseTo(fig.get("image_p1").asDouble(), within(1e-9));
        assertThat(got[1]).isCloseTo(fig.get("image_p99").asDouble(), within(1e-9));
    }

    @Test
    void selectionAndHistogramPathsAgreeWithSorting() {
        Random rnd = new Random(7);
        float[] ints = new float[5001];
        float[] floats = new float[5001];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = rnd.nextInt(300) - 20;
            floats[i] = ints[i] + 0.25f;
        }
        double[] q = {0, 0.5, 1, 33.3, 50, 99, 99.99, 100};
        double[] a = Percentiles.of(ints, q);
        double[] b = Percentiles.of(floats, q);
        float[] sorted = ints.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < q.length; i++) {
            double pos = (sorted.length - 1) * q[i] / 100;
            int lo = (int) Math.floor(pos);
            double expected = sorted[lo] + (pos - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
            assertThat(a[i]).isCloseTo(expected, within(1e-9));
            assertThat(b[i]).isCloseTo(expected + 0.25, within(1e-9));
        }
    }

    @Test
    void nonFiniteValuesAreLeftOut() {
        float[] v = {Float.NaN, 1, 2, 3, Float.POSITIVE_INFINITY, 4.5f};
        assertThat(Percentiles.of(v, 0, 50, 100)).containsExactly(1, 2.5, 4.5);
        assertThat(Percentiles.of(new float[] {Float.NaN}, 50)[0]).isNaN();
    }

    @Test
    void flatPlaneNormalisesToZerosAsCellpose() {
        float[] flat = new float[100];
        Arrays.fill(flat, 42f);
        assertThat(PercentileNormalization.apply(flat, 1, 99)).containsOnly(0f);
    }

    @Test
    void normalisationMapsPercentilesToZeroAndOne() {
        float[] ramp = new float[101];
        for (int i = 0; i <= 100; i++) {
            ramp[i] = 10 + 2 * i;
        }
        float[] n = PercentileNormalization.apply(ramp, 1, 99);
        assertThat(n[1]).isCloseTo(0f, within(1e-6f));
        assertThat(n[99]).isCloseTo(1f, within(1e-6f));
        assertThat(n[50]).isCloseTo(0.5f, within(1e-6f));
    }
}
