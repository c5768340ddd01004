package io.granula.reports.assemble;

import io.granula.core.pipeline.RunRecord;
import io.granula.reports.format.ReportNumberFormat;
import io.granula.reports.view.KeyValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model's provenance as a few readable rows: name, checksum, what it was trained on and when,
 * its validation figures. The sidecar's provenance is free JSON whose training history nests one
 * stage inside the next (pages of it); the report names only what a reader checks, and points to
 * {@code run.json}, which keeps all of it. Keys are those {@code FlowTrainer} writes; a model that
 * was not trained here (an exported Cellpose network, a test fixture) shows its short plain fields.
 */
final class ModelProvenanceFacts {
    /** Hex digits of the SHA-256 shown: 64 bits, enough to tell models apart by eye. */
    private static final int SHA_SHOWN = 16;
    /** Longer plain values (recipes, selection notes) are left to run.json. */
    private static final int MAX_PLAIN_VALUE = 80;

    private ModelProvenanceFacts() {
    }

    static List<KeyValue> of(RunRecord run) {
        Map<String, Object> p = run.modelProvenance();
        List<KeyValue> facts = new ArrayList<>();
        facts.add(new KeyValue("Model", MethodsBuilder.orDash(run.model())));
        facts.add(new KeyValue("SHA-256", shortSha(run.modelSha256())));
        if (Boolean.TRUE.equals(p.get("trained"))) {
            facts.add(new KeyValue("Trained on", trainedOn(p)));
            facts.add(new KeyValue("Trained", text(p.get("date")).replaceFirst("T.*", "") + by(p)));
            if (p.get("validation") instanceof Map<?, ?> v) {
                facts.add(new KeyValue("Validation", validation(v)));
            }
        } else {
            p.forEach((k, v) -> {
                String s = text(v);
                if (!k.equals("trained") && !(v instanceof Map || v instanceof List) && s.length() <= MAX_PLAIN_VALUE) {
                    facts.add(new KeyValue(MethodsBuilder.words(k), s));
                }
            });
        }
        if (!p.isEmpty()) {
            facts.add(new KeyValue("Training record", "in full in each image's run.json (model_provenance)"));
        }
        facts.add(new KeyValue("Software", MethodsBuilder.orDash(run.software())));
        return facts;
    }

    private static String shortSha(String sha) {
        if (sha == null || sha.isBlank()) {
            return ReportNumberFormat.MISSING;
        }
        return sha.length() <= SHA_SHOWN ? sha : sha.substring(0, SHA_SHOWN) + "… (all 64 digits in run.json)";
    }

    /** "synth:1600 seed 12 ...; 3 epochs (last checkpoint), starting from stage 11, sha256 1c9126eecc69b43a…". */
    private static String trainedOn(Map<String, Object> p) {
        StringBuilder sb = new StringBuilder(text(p.get("data")));
        if (p.get("epochs") != null) {
            sb.append("; ").append(text(p.get("epochs"))).append(" epochs");
            if (p.get("checkpoint") != null) {
                sb.append(" (").append(text(p.get("checkpoint"))).append(" checkpoint)");
            }
        }
        String init = text(p.get("init_model")).replace(" (below)", "");
        if (!init.isBlank()) {
            String initSha = text(p.get("init_sha256"));
            if (!initSha.isBlank() && !init.contains("sha256")) {
                init += " (sha256 " + initSha + ")";
            }
            sb.append(", starting from ").append(init.replaceAll("([0-9a-f]{" + SHA_SHOWN + "})[0-9a-f]{" + (64 - SHA_SHOWN) + "}", "$1…"));
        }
        return sb.toString();
    }

    private static String by(Map<String, Object> p) {
        String trainer = text(p.get("trainer"));
        return trainer.isBlank() ? "" : " with " + trainer;
    }

    /** "AP@0.5 0.720, AP@0.75 0.618, AP@0.9 0.349 on 8 generated images of 256 px". */
    private static String validation(Map<?, ?> v) {
        List<String> parts = new ArrayList<>();
        for (String[] k : new String[][]{{"ap50", "AP@0.5"}, {"ap75", "AP@0.75"}, {"ap90", "AP@0.9"}}) {
            if (v.get(k[0]) instanceof Number n) {
                parts.add(String.format(Locale.ROOT, "%s %.3f", k[1], n.doubleValue()));
            }
        }
        String on = v.get("images") == null ? "" : " on " + text(v.get("images")) + " generated images"
                + (v.get("size") == null ? "" : " of " + text(v.get("size")) + " px");
        return (parts.isEmpty() ? ReportNumberFormat.MISSING : String.join(", ", parts)) + on;
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

}
