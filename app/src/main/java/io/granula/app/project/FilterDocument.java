package io.granula.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;

import java.io.IOException;

/**
 * The particle filter as the project stores it under {@link ProjectStore#FILTERS} (the GUI writes it, the report reads it):
 * {@code {"exclude_edge": true, "ranges": [{"measurement": "ecd", "min": 60, "max": 150}]}}, values in
 * the images' measurement units; an open side is left out.
 */
public final class FilterDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterDocument() {
    }

    public static String write(ParticleFilter filter) {
        ObjectNode root = JSON.createObjectNode();
        root.put("exclude_edge", filter.excludeEdgeTouching());
        ArrayNode ranges = root.putArray("ranges");
        for (MeasurementRange r : filter.ranges()) {
            ObjectNode o = ranges.addObject();
            o.put("measurement", r.measurement().key());
            if (Double.isFinite(r.min())) {
                o.put("min", r.min());
            }
            if (Double.isFinite(r.max())) {
                o.put("max", r.max());
            }
        }
        return root.toString();
    }

    /** The filter of a stored document; a document this version cannot read gives no filter. */
    public static ParticleFilter read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            ParticleFilter f = ParticleFilter.ALL.excludingEdgeTouching(root.path("exclude_edge").asBoolean(false));
            for (JsonNode r : root.path("ranges")) {
                Measurement m = Measurement.byKey(r.path("measurement").asText()).orElse(null);
                if (m != null) {
                    double min = r.has("min") ? r.get("min").asDouble() : Double.NEGATIVE_INFINITY;
                    double max = r.has("max") ? r.get("max").asDouble() : Double.POSITIVE_INFINITY;
                    f = f.withRange(new MeasurementRange(m, min, max));
                }
            }
            return f;
        } catch (IOException | IllegalArgumentException e) {
            return ParticleFilter.ALL;
        }
    }
}
