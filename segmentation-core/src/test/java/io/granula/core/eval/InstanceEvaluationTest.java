package io.granula.core.eval;

import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InstanceEvaluationTest {
    private static LabelImage row(int... ids) {
        return new LabelImage(ids.length, 1, ids);
    }

    /*
     * gt:   1 1 1 1 . 2 2 . . .      gt1: 4 px, gt2: 2 px
     * pred: 5 5 5 . . 7 7 7 7 9      pred5: 3 px inside gt1 -> IoU 3/4; pred7: 4 px covering gt2 -> IoU 2/4; pred9: no overlap
     */
    private static final LabelImage GT = row(1, 1, 1, 1, 0, 2, 2, 0, 0, 0);
    private static final LabelImage PRED = row(5, 5, 5, 0, 0, 7, 7, 7, 7, 9);

    @Test
    void handComputedMetricsAtHalf() {
        MatchMetrics m = InstanceEvaluation.of(GT, PRED, List.of(0.5)).metrics().get(0);
        assertThat(new long[]{m.tp(), m.fp(), m.fn()}).containsExactly(2, 1, 0);
        assertThat(m.ap()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(m.meanMatchedIou()).isCloseTo((0.75 + 0.5) / 2, within(1e-12));
        assertThat(m.meanTrueIou()).isCloseTo((0.75 + 0.5) / 2, within(1e-12));
        // PQ = sum IoU / (TP + FP/2 + FN/2) = 1.25 / 2.5, and equals SQ * RQ
        assertThat(m.panopticQuality()).isCloseTo(0.5, within(1e-12));
        assertThat(m.panopticQuality()).isCloseTo(m.segmentationQuality() * m.recognitionQuality(), within(1e-12));
    }

    @Test
    void handComputedMetricsAtStricterThresholds() {
        List<MatchMetrics> ms = InstanceEvaluation.of(GT, PRED, List.of(0.75, 0.9)).metrics();
        MatchMetrics m75 = ms.get(0);
        assertThat(new long[]{m75.tp(), m75.fp(), m75.fn()}).containsExactly(1, 2, 1);
        assertThat(m75.ap()).isCloseTo(0.25, within(1e-12));
        assertThat(m75.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(m75.panopticQuality()).isCloseTo(0.75 / 2.5, within(1e-12));
        MatchMetrics m90 = ms.get(1);
        assertThat(new long[]{m90.tp(), m90.fp(), m90.fn()}).containsExactly(0, 3, 2);
        assertThat(m90.ap()).isZero();
        assertThat(m90.panopticQuality()).isZero();
    }

    @Test
    void optimalMatchingBeatsGreedyBelowHalf() {
        /*
         * Y={0,1}, A={1..6}, X={2..8}, B={7..12}: IoU(A,X)=5/8 is the largest, but taking it leaves
         * A-Y (1/7) and B-X (2/11) unmatched. The optimal one-to-one matching takes those two instead.
         */
        int[] gt = new int[14], pred = new int[14];
        for (int i = 1; i <= 6; i++) gt[i] = 10;       // A
        for (int i = 7; i <= 12; i++) gt[i] = 20;      // B
        pred[0] = 3;
        pred[1] = 3;                                   // Y
        for (int i = 2; i <= 8; i++) pred[i] = 4;      // X
        List<MatchedPair> matches = InstanceMatcher.match(LabelOverlap.of(row(gt), row(pred)), 0.1);
        assertThat(matches).containsExactly(new MatchedPair(10, 3, 1.0 / 7), new MatchedPair(20, 4, 2.0 / 11));
        MatchMetrics m = InstanceEvaluation.of(row(gt), row(pred), List.of(0.1)).metrics().get(0);
        assertThat(m.tp()).isEqualTo(2);
    }

    @Test
    void exactHalvesAtThresholdHalfMatchOnlyOnce() {
        // gt 1 is exactly split by predictions 2 and 3: both IoU = 0.5, only one may match
        LabelImage gt = row(1, 1, 1, 1);
        LabelImage pred = row(2, 2, 3, 3);
        MatchMetrics m = InstanceEvaluation.of(gt, pred, List.of(0.5)).metrics().get(0);
        assertThat(new long[]{m.tp(), m.fp(), m.fn()}).containsExactly(1, 1, 0);
        assertThat(m.meanMatchedIou()).isEqualTo(0.5);
    }

    @Test
    void emptyImagesScoreZeroLikeStardist() {
        MatchMetrics none = InstanceEvaluation.of(row(0, 0), row(0, 0), List.of(0.5)).metrics().get(0);
        assertThat(new double[]{none.ap(), none.f1(), none.panopticQuality()}).containsOnly(0.0);
        MatchMetrics missed = InstanceEvaluation.of(row(1, 2), row(0, 0), List.of(0.5)).metrics().get(0);
        assertThat(missed.fn()).isEqualTo(2);
        assertThat(missed.recall()).isZero();
    }

    @Test
    void countsAddUpOverImagesBeforeMetrics() {
        MatchCounts a = InstanceEvaluation.of(GT, PRED, List.of(0.5)).counts().get(0);
        MatchCounts b = InstanceEvaluation.of(GT, GT, List.of(0.5)).counts().get(0);
        MatchMetrics sum = a.plus(b).metrics();
        assertThat(new long[]{sum.tp(), sum.fp(), sum.fn()}).containsExactly(4, 1, 0);
        assertThat(sum.ap()).isCloseTo(0.8, within(1e-12));
        assertThat(sum.meanMatchedIou()).isCloseTo((0.75 + 0.5 + 1 + 1) / 4, within(1e-12));
    }

    @Test
    void refusesImagesOfDifferentSize() {
        assertThatThrownBy(() -> InstanceEvaluation.of(row(1, 1), row(1, 1, 1), List.of(0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in size");
    }

    @Test
    void stardistNucleiAgainstShiftedCopyMatchesDenseReference() throws Exception {
        Path p = Path.of(System.getProperty("granula.shared.data", "../shared/data"), "stardist", "nuclei-512-labels.tif");
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared data absent: " + p);
        LabelImage gt = LabelTiff.read(p);
        InstanceEvaluation self = InstanceEvaluation.of(gt, gt, InstanceEvaluation.DEFAULT_THRESHOLDS);
        assertThat(self.metrics()).allSatisfy(m -> {
            assertThat(m.ap()).isEqualTo(1.0);
            assertThat(m.panopticQuality()).isEqualTo(1.0);
        });
        // prediction: labels shifted 2 px right and 1 px down, relabelled, one object erased
        int w = gt.width(), h = gt.height();
        int[] shifted = new int[w * h];
        for (int y = 1; y < h; y++) {
            for (int x = 2; x < w; x++) {
                int v = gt.get(x - 2, y - 1);
                shifted[y * w + x] = v == 0 || v == 17 ? 0 : v * 3 + 1000;
            }
        }
        LabelImage pred = new LabelImage(w, h, shifted);
        for (double t : new double[]{0.5, 0.6, 0.75, 0.9}) {
            MatchCounts c = InstanceEvaluation.of(gt, pred, List.of(t)).counts().get(0);
            DenseReference ref = DenseReference.of(gt, pred, t);
            assertThat(c.tp()).as("TP at %s", t).isEqualTo(ref.tp);
            assertThat(c.fp()).isEqualTo(ref.nPred - ref.tp);
            assertThat(c.fn()).isEqualTo(ref.nTrue - ref.tp);
            assertThat(c.sumMatchedIou()).isCloseTo(ref.sumIou, within(1e-9));
        }
    }

    /**
     * A deliberately naive oracle valid for thresholds above 0.5, where matches are unique: the
     * full dense overlap matrix, and every pair with IoU >= t is a match.
     */
    private record DenseReference(long tp, long nTrue, long nPred, double sumIou) {
        static DenseReference of(LabelImage gt, LabelImage pred, double t) {
            int mg = gt.maxLabel(), mp = pred.maxLabel();
            long[][] overlap = new long[mg + 1][mp + 1];
            for (int i = 0; i < gt.labels().length; i++) {
                overlap[gt.labels()[i]][pred.labels()[i]]++;
            }
            long[] ag = new long[mg + 1], ap = new long[mp + 1];
            for (int g = 0; g <= mg; g++) {
                for (int q = 0; q <= mp; q++) {
                    ag[g] += overlap[g][q];
                    ap[q] += overlap[g][q];
                }
            }
            long tp = 0, nt = 0, np = 0;
            double sum = 0;
            for (int g = 1; g <= mg; g++) {
                nt += ag[g] > 0 ? 1 : 0;
                for (int q = 1; q <= mp; q++) {
                    double iou = overlap[g][q] == 0 ? 0 : (double) overlap[g][q] / (ag[g] + ap[q] - overlap[g][q]);
                    if (overlap[g][q] > 0 && iou >= t) {
                        tp++;
                        sum += iou;
                    }
                }
            }
            for (int q = 1; q <= mp; q++) {
                np += ap[q] > 0 ? 1 : 0;
            }
            return new DenseReference(tp, nt, np, sum);
        }
    }
}
