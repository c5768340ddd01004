package io.granula.core.eval;

/**
 * Instance-segmentation scores at one IoU threshold, with StarDist's definitions (matching.py;
 * a ratio with a zero denominator is 0, as its _safe_divide):
 * <ul>
 *   <li>{@code ap} = TP / (TP + FP + FN), the "average precision" of the Data Science Bowl 2018 and
 *       StarDist/Cellpose papers (StarDist calls it accuracy);</li>
 *   <li>precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2 TP / (2 TP + FP + FN);</li>
 *   <li>SQ = mean IoU of matched pairs, RQ = F1, PQ = SQ * RQ = sum IoU / (TP + FP/2 + FN/2)
 *       (Kirillov et al. 2019, Panoptic Segmentation, eq. 1-2);</li>
 *   <li>{@code meanTrueIou} = sum IoU / number of ground-truth instances.</li>
 * </ul>
 */
public record MatchMetrics(double threshold, long tp, long fp, long fn, double precision, double recall,
                           double ap, double f1, double meanMatchedIou, double meanTrueIou,
                           double panopticQuality) {
    static MatchMetrics of(MatchCounts c) {
        double tp = c.tp(), fp = c.fp(), fn = c.fn();
        double sq = ratio(c.sumMatchedIou(), tp);
        return new MatchMetrics(c.threshold(), c.tp(), c.fp(), c.fn(), ratio(tp, tp + fp), ratio(tp, tp + fn),
                ratio(tp, tp + fp + fn), ratio(2 * tp, 2 * tp + fp + fn), sq, ratio(c.sumMatchedIou(), tp + fn),
                ratio(c.sumMatchedIou(), tp + fp / 2 + fn / 2));
    }

    /** SQ, the segmentation quality term of PQ. */
    public double segmentationQuality() {
        return meanMatchedIou;
    }

    /** RQ, the recognition quality term of PQ (equals F1). */
    public double recognitionQuality() {
        return f1;
    }

    private static double ratio(double num, double den) {
        return den > 0 ? num / den : 0.0;
    }
}
