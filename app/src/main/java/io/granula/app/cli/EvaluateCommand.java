package io.granula.app.cli;

import io.granula.core.io.AtomicFiles;
import io.granula.core.io.IoMessages;
import io.granula.core.eval.DatasetEvaluation;
import io.granula.core.eval.EvaluationJson;
import io.granula.core.eval.EvaluationReport;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.eval.RecallBreakdown;
import io.granula.core.synth.SyntheticDatasetWriter;
import io.granula.core.io.StemPairing;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code granula evaluate --pred P --gt G}: instance-segmentation scores (AP = TP/(TP+FP+FN) at IoU
 * 0.5/0.75/0.9 with one-to-one matching, F1, PQ) per image and pooled, printed as JSON. P and G are
 * label files or folders of them matched by stem. Exit 1 when some files could not be evaluated
 * (each named on stderr), 2 for bad usage.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores predicted instance labels against ground truth: AP at IoU thresholds, F1, PQ (JSON).")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pred", required = true, paramLabel = "P",
            description = "Predicted labels: a label file (TIFF, PNG, .npy) or a folder of them, or an 'analyze' output folder.")
    Path pred;

    @Option(names = "--gt", required = true, paramLabel = "G",
            description = "Ground-truth labels: a label file or a folder of them, matched to P by file stem.")
    Path gt;

    @Option(names = "--thresholds", split = ",", paramLabel = "T", defaultValue = "0.5,0.75,0.9",
            description = "IoU thresholds, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Double> thresholds = new ArrayList<>(InstanceEvaluation.DEFAULT_THRESHOLDS);

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON to this file.")
    Path out;

    @Option(names = "--manifests", paramLabel = "DIR",
            description = "The generator's meta/ folder of the ground truth ('granula synth'): adds recall at the first "
                    + "threshold by shape kind, scene arrangement and size.")
    Path manifests;

    @Override
    public Integer call() {
        requireExists("--pred", pred);
        requireExists("--gt", gt);
        if (manifests != null) {
            requireExists("--manifests", manifests);
        }
        for (double t : thresholds) {
            if (!(t > 0 && t <= 1)) {
                throw new UserError("--thresholds: IoU thresholds must be in (0, 1], got " + t);
            }
        }
        StemPairing.Result pairing;
        try {
            pairing = StemPairing.pair(pred, gt);
        } catch (IOException e) {
            throw new UserError("cannot list " + e.getMessage());
        }
        if (pairing.pairs().isEmpty()) {
            throw new UserError("no prediction in " + pred + " has a ground-truth file with the same stem in " + gt);
        }
        PrintWriter err = spec.commandLine().getErr();
        pairing.problems().forEach(p -> err.println("granula: " + p));

        RecallBreakdown breakdown = manifests == null ? null : new RecallBreakdown(thresholds.get(0));
        EvaluationReport evaluated = DatasetEvaluation.evaluate(pairing.pairs(), thresholds, ProgressMonitor.NONE,
                (stem, g, p) -> {
                    if (breakdown != null) {
                        addToBreakdown(breakdown, stem, g, p, err);
                    }
                });
        List<EvaluationReport.Failure> failures = new ArrayList<>(evaluated.failures());
        for (Path p : pairing.unmatchedFirst()) {
            failures.add(new EvaluationReport.Failure(StemPairing.stem(p), p, "no ground truth with this stem in " + gt));
        }
        for (Path g : pairing.unmatchedSecond()) {
            failures.add(new EvaluationReport.Failure(StemPairing.stem(g), g, "no prediction with this stem in " + pred));
        }
        EvaluationReport report = new EvaluationReport(thresholds, evaluated.images(), failures);
        failures.forEach(f -> err.println("granula: " + (f.problem().startsWith(String.valueOf(f.path()))
                ? f.problem() : f.path() + ": " + f.problem())));
        err.flush();

        ObjectNode tree = EvaluationJson.toTree(report);
        if (breakdown != null) {
            tree.set("recall_by", recallJson(breakdown));
        }
        String json = tree.toPrettyString();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(json);
        stdout.flush();
        if (out != null) {
            try {
                AtomicFiles.writeString(out, json + System.lineSeparator());
            } catch (IOException e) {
                throw new UserError("--out: cannot write " + out + ": " + IoMessages.describe(e), GranulaCommand.SOME_FAILED);
            }
        }
        return failures.isEmpty() ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
    }

    /**
     * Adds one evaluated image to the recall breakdown; an image without a readable manifest is
     * named and left out.
     */
    private void addToBreakdown(RecallBreakdown breakdown, String stem, LabelImage gt, LabelImage pred,
                                   PrintWriter err) {
        Path file = manifests.resolve(stem + ".json");
        try {
            SyntheticDatasetWriter.Manifest m = SyntheticDatasetWriter.readManifest(file);
            Map<Integer, String> kinds = new HashMap<>();
            m.particles().forEach(p -> kinds.put(p.id(), p.kind()));
            breakdown.add(gt, pred, kinds, m.arrangement());
        } catch (IOException e) {
            err.println("granula: " + file + ": no recall breakdown for " + stem + ": " + e.getMessage());
        }
    }

    private static ObjectNode recallJson(RecallBreakdown breakdown) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("iou_threshold", breakdown.threshold());
        node.put("images", breakdown.images());
        put(node.putObject("kind"), breakdown.byKind());
        put(node.putObject("arrangement"), breakdown.byArrangement());
        put(node.putObject("ecd_px"), breakdown.bySize());
        return node;
    }

    private static void put(ObjectNode node, Map<String, RecallBreakdown.Recall> recalls) {
        recalls.forEach((k, r) -> {
            ObjectNode n = node.putObject(k);
            n.put("found", r.found());
            n.put("total", r.total());
            n.put("recall", r.recall());
        });
    }

    private static void requireExists(String option, Path path) {
        if (!Files.exists(path)) {
            throw new UserError(option + ": no such file or folder: " + path);
        }
    }
}
