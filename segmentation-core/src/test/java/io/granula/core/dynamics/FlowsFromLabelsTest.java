package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlowsFromLabelsTest {
    private static LabelImage disc(int size, int cx, int cy, int r, int id) {
        int[] l = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    l[y * size + x] = id;
                }
            }
        }
        return new LabelImage(size, size, l);
    }

    @Test
    void flowsAreUnitVectorsInsideAndZeroOutside() {
        FlowField f = FlowsFromLabels.unitFlows(disc(40, 20, 20, 10, 7), 2);
        for (int i = 0; i < 40 * 40; i++) {
            double len = Math.hypot(f.dy()[i], f.dx()[i]);
            if (f.cellprob()[i] > 0) {
                if (i != 20 * 40 + 20) {
                    assertThat(len).as("pixel %d", i).isCloseTo(1.0, within(1e-6));
                }
            } else {
                assertThat(len).isZero();
            }
        }
    }

    @Test
    void flowsPointTowardsTheCentre() {
        FlowField f = FlowsFromLabels.unitFlows(disc(40, 20, 20, 10, 1), 1);
        assertThat(f.dx()[20 * 40 + 13]).isGreaterThan(0.9f);  // left of the centre: points right
        assertThat(f.dx()[20 * 40 + 27]).isLessThan(-0.9f);
        assertThat(f.dy()[13 * 40 + 20]).isGreaterThan(0.9f);  // above: points down
        assertThat(f.dy()[27 * 40 + 20]).isLessThan(-0.9f);
    }

    @Test
    void networkFlowsAreFiveTimesTheUnitFlowsWithALogitCellprob() {
        LabelImage l = disc(30, 15, 15, 8, 3);
        FlowField unit = FlowsFromLabels.unitFlows(l, 1);
        FlowField net = FlowsFromLabels.networkFlows(l, 1);
        int i = 15 * 30 + 10;
        assertThat(net.dx()[i]).isCloseTo(5 * unit.dx()[i], within(1e-5f));
        assertThat(net.cellprob()[i]).isEqualTo(FlowsFromLabels.CELLPROB_INSIDE);
        assertThat(net.cellprob()[0]).isEqualTo(FlowsFromLabels.CELLPROB_OUTSIDE);
    }

    @Test
    void touchingObjectsDoNotLeakIntoEachOther() {
        // two half-planes: each object's flows must equal those it has alone
        int[] both = new int[20 * 20];
        int[] left = new int[20 * 20];
        for (int y = 2; y < 18; y++) {
            for (int x = 2; x < 18; x++) {
                both[y * 20 + x] = x < 10 ? 1 : 2;
                left[y * 20 + x] = x < 10 ? 1 : 0;
            }
        }
        FlowField a = FlowsFromLabels.unitFlows(new LabelImage(20, 20, both), 2);
        FlowField b = FlowsFromLabels.unitFlows(new LabelImage(20, 20, left), 1);
        // the iteration count is global (from the largest box), equal here since both boxes match
        for (int y = 2; y < 18; y++) {
            for (int x = 2; x < 10; x++) {
                assertThat(a.dx()[y * 20 + x]).isEqualTo(b.dx()[y * 20 + x]);
                assertThat(a.dy()[y * 20 + x]).isEqualTo(b.dy()[y * 20 + x]);
            }
        }
    }

    @Test
    void diffusionStartsAtTheRoundedMeanOrTheNearestMaskPixel() {
        // a C shape: its mean lies in the gap, so the centre is the nearest mask pixel
        int w = 11;
        int[] l = new int[w * w];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                boolean ring = y <= 1 || y >= 9 || x <= 1;
                l[y * w + x] = ring ? 1 : 0;
            }
        }
        ObjectBoxes boxes = ObjectBoxes.of(l, w, w, 1);
        int c = HeatDiffusion.center(l, w, boxes, 1);
        assertThat(l[c]).isEqualTo(1);
        // mean x of the C is small, mean y is 5: the nearest pixel on row 5 is the bar at x = 1
        assertThat(c).isEqualTo(5 * w + 1);
    }

    @Test
    void eachMasksHeatIsTheWholeImageDiffusionsToTheBitInBothPrecisions() {
        int size = 120;
        int[] labels = TestImages.touchingShapes(size, 7).labels().clone();
        for (int k = 0; k < 90; k++) { // a diagonal rod: one- and two-pixel runs
            labels[(15 + k) * size + 15 + k] = 998;
            labels[(15 + k) * size + 16 + k] = 998;
        }
        int n = LabelRenumbering.renumber(labels);
        ObjectBoxes boxes = ObjectBoxes.of(labels, size, size, n);
        int[] centers = HeatDiffusion.centers(labels, size, boxes);
        int niter = HeatDiffusion.iterations(boxes);
        for (boolean single : new boolean[]{false, true}) {
            double[][] whole = ReferenceDynamics.masksToFlows(labels, size, size, single);
            for (int l = 1; l <= n; l++) {
                int bw = boxes.width(l);
                double[] dy = new double[bw * boxes.height(l)];
                double[] dx = new double[dy.length];
                HeatDiffusion.unitFlows(labels, size, boxes, l, centers[l], niter, single, dy, dx);
                for (int y = boxes.y0[l]; y < boxes.y1[l]; y++) {
                    for (int x = boxes.x0[l]; x < boxes.x1[l]; x++) {
                        if (labels[y * size + x] == l) {
                            int q = (y - boxes.y0[l]) * bw + x - boxes.x0[l];
                            assertThat(dy[q]).as("single %b, mask %d, y %d x %d", single, l, y, x)
                                    .isEqualTo(whole[0][y * size + x]);
                            assertThat(dx[q]).as("single %b, mask %d, y %d x %d", single, l, y, x)
                                    .isEqualTo(whole[1][y * size + x]);
                        }
                    }
                }
            }
        }
    }
}
