package io.granula.core.model;

import io.granula.core.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes {@link ModelSidecar} JSON ({@code <model name>.json} next to {@code <model name>.pt}):
 *
 * <pre>{
 *   "format": "granula-flow-model/1",
 *   "input_channels": 1,
 *   "normalization": {"method": "percentile", "lower": 1.0, "upper": 99.0},
 *   "diam_mean": 30.0,
 *   "output_layout": "dy,dx,cellprob",
 *   "flow_scale": 5.0,
 *   "stride": 16,            (optional, default 16 as Cellpose's pad_image_ND)
 *   "tile_size": 224,        (optional, default 224 as Cellpose's bsize)
 *   "traced": false,
 *   "architecture": "...",   (optional)
 *   "provenance": {...}      (optional, any JSON object)
 * }</pre>
 *
 * Keys are snake_case because the Python exporters write them. Unknown keys are refused so a
 * misspelt "diameter" does not silently fall back to a default.
 */
public final class ModelSidecarFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> KEYS = Set.of("format", "input_channels", "normalization", "diam_mean",
            "output_layout", "flow_scale", "stride", "tile_size", "traced", "architecture", "provenance");

    private ModelSidecarFile() {
    }

    /** {@code model.pt} -> {@code model.json} (the extension replaced, or appended when there is none). */
    public static Path sidecarOf(Path modelFile) {
        String name = modelFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return modelFile.resolveSibling(stem + ".json");
    }

    public static ModelSidecar readFor(Path modelFile) throws ModelLoadException {
        Path json = sidecarOf(modelFile);
        if (!Files.isRegularFile(json)) {
            throw new ModelLoadException(json, "model sidecar is missing: every model file needs a "
                    + json.getFileName() + " next to it saying its input channels, normalisation, trained diameter, "
                    + "output layout and whether it was traced (see python/README.md)");
        }
        return read(json);
    }

    public static ModelSidecar read(Path json) throws ModelLoadException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(json));
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(json, "model sidecar is missing");
        } catch (JsonProcessingException e) {
            throw new ModelLoadException(json, "model sidecar is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ModelLoadException(json, "cannot read model sidecar: " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException(json, "bad model sidecar: " + e.getMessage());
        }
    }

    static ModelSidecar parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        Set<String> unknown = new TreeSet<>();
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown key(s) " + unknown + "; known keys are " + new TreeSet<>(KEYS));
        }
        if (root.has("format") && !ModelSidecar.FORMAT.equals(root.get("format").asText())) {
            throw new IllegalArgumentException("format must be \"" + ModelSidecar.FORMAT + "\", got " + root.get("format"));
        }
        JsonNode norm = required(root, "normalization");
        if (!norm.isObject() || !"percentile".equals(norm.path("method").asText())) {
            throw new IllegalArgumentException(
                    "normalization must be {\"method\": \"percentile\", \"lower\": 1, \"upper\": 99}, got " + norm);
        }
        return new ModelSidecar(
                integer(root, "input_channels", null),
                number(norm, "lower", 1.0),
                number(norm, "upper", 99.0),
                number(root, "diam_mean", null),
                layout(required(root, "output_layout")),
                number(root, "flow_scale", null),
                integer(root, "stride", 16),
                integer(root, "tile_size", 224),
                bool(required(root, "traced"), "traced"),
                root.path("architecture").asText(""),
                provenance(root.get("provenance")));
    }

    public static void write(ModelSidecar sidecar, Path json) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", ModelSidecar.FORMAT);
        root.put("input_channels", sidecar.inputChannels());
        ObjectNode norm = root.putObject("normalization");
        norm.put("method", "percentile");
        norm.put("lower", sidecar.lowerPercentile());
        norm.put("upper", sidecar.upperPercentile());
        root.put("diam_mean", sidecar.diamMean());
        root.put("output_layout", String.join(",", sidecar.outputLayout()));
        root.put("flow_scale", sidecar.flowScale());
        root.put("stride", sidecar.stride());
        root.put("tile_size", sidecar.tileSize());
        root.put("traced", sidecar.traced());
        root.put("architecture", sidecar.architecture());
        root.set("provenance", JSON.valueToTree(sidecar.provenance()));
        AtomicFiles.writeString(json, JSON.writeValueAsString(root) + "\n");
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("'" + key + "' is required");
        }
        return v;
    }

    private static double number(JsonNode node, String key, Double fallback) {
        JsonNode v = fallback == null ? required(node, key) : node.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a number, got " + v);
        }
        return v.asDouble();
    }

    private static int integer(JsonNode node, String key, Integer fallback) {
        JsonNode v = fallback == null ? required(node, key) : node.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.canConvertToInt() || !(v.isIntegralNumber() || v.asDouble() == Math.rint(v.asDouble()))) {
            throw new IllegalArgumentException("'" + key + "' must be an integer, got " + v);
        }
        return v.asInt();
    }

    private static boolean bool(JsonNode v, String key) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("'" + key + "' must be true or false, got " + v);
        }
        return v.asBoolean();
    }

    /** Accepts "dy,dx,cellprob" or ["dy", "dx", "cellprob"]. */
    private static List<String> layout(JsonNode v) {
        List<String> names = new ArrayList<>();
        if (v.isTextual()) {
            Arrays.stream(v.asText().split(",")).map(String::trim).forEach(names::add);
        } else if (v.isArray()) {
            for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
                names.add(it.next().asText().trim());
            }
        } else {
            throw new IllegalArgumentException("'output_layout' must be a string like \"dy,dx,cellprob\", got " + v);
        }
        return names;
    }

    private static Map<String, Object> provenance(JsonNode v) {
        if (v == null || v.isNull()) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException("'provenance' must be a JSON object, got " + v);
        }
        return JSON.convertValue(v, new TypeReference<Map<String, Object>>() {
        });
    }
}
