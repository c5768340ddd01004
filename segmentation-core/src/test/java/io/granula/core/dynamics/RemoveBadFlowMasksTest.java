package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RemoveBadFlowMasksTest {
    @Test
    void masksAgreeingWithTheFlowsHaveNoErrorAndStay() {
        LabelImage shapes = TestImages.touchingShapes(80, 11);
        int[] labels = shapes.labels().clone();
        int n = LabelRenumbering.renumber(labels);
        FlowField flows = FlowsFromLabels.networkFlows(shapes, 2);
        double[] err = RemoveBadFlowMasks.flowErrors(labels, n, flows, 2, ProgressMonitor.NONE);
        for (int l = 1; l <= n; l++) {
            assertThat(err[l]).isLessThan(1e-10);
        }
        assertThat(RemoveBadFlowMasks.apply(labels, n, flows, 0.4, 2, ProgressMonitor.NONE)).isEqualTo(n);
    }

    @Test
    void aMaskWhoseFlowsPointElsewhereIsDroppedAndTheRestRenumbered() {
        LabelImage shapes = TestImages.touchingShapes(80, 11);
        int[] labels = shapes.labels().clone();
        int n = LabelRenumbering.renumber(labels);
        FlowField good = FlowsFromLabels.networkFlows(shapes, 1);
        float[] dy = good.dy().clone();
        float[] dx = good.dx().clone();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) { // reverse the flows of the first mask: error 4 per pixel
                dy[i] = -dy[i];
                dx[i] = -dx[i];
            }
        }
        FlowField bad = new FlowField(80, 80, dy, dx, good.cellprob());
        int kept = RemoveBadFlowMasks.apply(labels, n, bad, 0.4, 2, ProgressMonitor.NONE);
        assertThat(kept).isEqualTo(n - 1);
        // the reversed mask is gone; the first remaining pixel carries id 1
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0) {
                assertThat(labels[i]).isEqualTo(1);
                break;
            }
        }
        int background = 0;
        int backgroundBefore = 0;
        for (int i = 0; i < labels.length; i++) {
            background += labels[i] == 0 ? 1 : 0;
            backgroundBefore += shapes.labels()[i] == 0 ? 1 : 0;
        }
        assertThat(background).isGreaterThan(backgroundBefore);
    }

    @Test
    void errorMeanUsesNumpysPairwiseSummation() throws IOException {
        double[] values;
        double expected;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("numpy_sum.txt"), StandardCharsets.US_ASCII))) {
            r.readLine();
            String[] t = r.readLine().trim().split(" ");
            values = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                values[i] = Double.longBitsToDouble(Long.parseUnsignedLong(t[i], 16));
            }
            expected = Double.longBitsToDouble(Long.parseUnsignedLong(r.readLine().trim(), 16));
        }
        double sequential = 0;
        for (double v : values) {
            sequential += v;
        }
        assertThat(sequential).as("the fixture must tell the two apart").isNotEqualTo(expected);
        assertThat(RemoveBadFlowMasks.numpySum(values, 0, values.length)).isEqualTo(expected);
    }

    @Test
    void flowErrorsAreThoseOfTheWholeImageDiffusionToTheBit() {
        int size = 160;
        int[] labels = TestImages.touchingShapes(size, 3).labels().clone();
        for (int x = 5; x < 150; x++) { // a long thin rod: many iterations for every other mask
            labels[152 * size + x] = 999;
            labels[153 * size + x] = 999;
        }
        for (int k = 0; k < 120; k++) { // a diagonal one: rows of its box hold two pixels each
            labels[(20 + k) * size + 20 + k] = 998;
            labels[(20 + k) * size + 21 + k] = 998;
        }
        int n = LabelRenumbering.renumber(labels);
        FlowField exact = FlowsFromLabels.networkFlows(new LabelImage(size, size, labels), 2);
        java.util.Random r = new java.util.Random(5);
        float[] dy = exact.dy().clone(), dx = exact.dx().clone();
        for (int i = 0; i < dy.length; i++) {
            dy[i] += (float) r.nextGaussian();
            dx[i] += (float) r.nextGaussian();
        }
        FlowField flows = new FlowField(size, size, dy, dx, exact.cellprob());

        double[] errors = RemoveBadFlowMasks.flowErrors(labels, n, flows, 2, ProgressMonitor.NONE);

        double[][] whole = ReferenceDynamics.masksToFlows(labels, size, size);
        for (int l = 1; l <= n; l++) {
            double[] err = new double[size * size];
            int k = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == l) {
                    double ey = whole[0][i] - (double) (dy[i] / 5f);
                    double ex = whole[1][i] - (double) (dx[i] / 5f);
                    err[k++] = ey * ey + ex * ex;
                }
            }
            assertThat(errors[l]).as("mask %d", l).isEqualTo(RemoveBadFlowMasks.numpySum(err, 0, k) / k);
        }
    }
}
