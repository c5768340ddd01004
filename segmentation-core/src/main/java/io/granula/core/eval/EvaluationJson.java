package io.granula.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The JSON the {@code evaluate} command prints: thresholds, one entry per image, the pooled
 * aggregate and the failures. Metric names follow StarDist's matching.py where it has one
 * ({@code precision, recall, f1, mean_true_score}) and the design notes otherwise ({@code ap} =
 * TP/(TP+FP+FN), StarDist's "accuracy"; {@code pq}, {@code sq}, {@code rq} from Kirillov et al. 2019).
 */
public final class EvaluationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {
    }

    public static ObjectNode toTree(EvaluationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode thresholds = root.putArray("thresholds");
        report.thresholds().forEach(thresholds::add);
        ObjectNode agg = root.putObject("aggregate");
        List<MatchCounts> pooled = report.aggregate();
        agg.put("images", report.images().size());
        agg.put("n_true", pooled.isEmpty() ? 0 : pooled.get(0).nTrue());
        agg.put("n_pred", pooled.isEmpty() ? 0 : pooled.get(0).nPred());
        metrics(agg.putArray("metrics"), pooled);
        ArrayNode images = root.putArray("images");
        for (EvaluationReport.ImageResult r : report.images()) {
            ObjectNode img = images.addObject();
            img.put("name", r.name());
            img.put("pred", r.prediction().toString());
            img.put("gt", r.groundTruth().toString());
            img.put("n_true", r.evaluation().nTrue());
            img.put("n_pred", r.evaluation().nPred());
            metrics(img.putArray("metrics"), r.evaluation().counts());
        }
        ArrayNode failures = root.putArray("failures");
        for (EvaluationReport.Failure f : report.failures()) {
            ObjectNode n = failures.addObject();
            n.put("name", f.name());
            n.put("file", f.path() == null ? null : f.path().toString());
            n.put("problem", f.problem());
        }
        return root;
    }

    public static String toJson(EvaluationReport report) {
        try {
            return MAPPER.writeValueAsString(toTree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void metrics(ArrayNode out, List<MatchCounts> counts) {
        for (MatchCounts c : counts) {
            MatchMetrics m = c.metrics();
            ObjectNode n = out.addObject();
            n.put("iou_threshold", m.threshold());
            n.put("tp", m.tp());
            n.put("fp", m.fp());
            n.put("fn", m.fn());
            n.put("ap", m.ap());
            n.put("precision", m.precision());
            n.put("recall", m.recall());
            n.put("f1", m.f1());
            n.put("pq", m.panopticQuality());
            n.put("sq", m.segmentationQuality());
            n.put("rq", m.recognitionQuality());
            n.put("mean_matched_iou", m.meanMatchedIou());
            n.put("mean_true_score", m.meanTrueIou());
        }
    }
}
