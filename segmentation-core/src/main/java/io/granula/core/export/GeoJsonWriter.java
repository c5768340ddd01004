package io.granula.core.export;

import io.granula.core.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.granula.core.measure.Contour;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes particles as a GeoJSON FeatureCollection in the form QuPath (0.4 and later) imports with File >
 * Import objects, or by drag and drop: one Feature per particle with a UUID {@code id}, a Polygon (or
 * MultiPolygon) {@code geometry} in pixel coordinates, origin at the image's top-left corner, and
 * {@code properties} holding {@code objectType} ("detection" or "annotation"), {@code name},
 * {@code classification} {name, color}, and {@code measurements} as a name-to-number map (QuPath's
 * PathObjectTypeAdapters). Rings are closed (last point = first) and simple: outlines touching themselves
 * at a pixel corner are split there ({@link RingSplitter}), as JTS, which QuPath uses, requires.
 * Holes are not written (outlines are outer ones, as ImageJ traces them).
 */
public final class GeoJsonWriter {
    /** QuPath's object types: detections are light-weight and measured; annotations are editable. */
    public enum ObjectType {
        DETECTION("detection"), ANNOTATION("annotation");

        private final String qupathName;

        ObjectType(String qupathName) {
            this.qupathName = qupathName;
        }

        public String qupathName() {
            return qupathName;
        }
    }

    public static final String CLASSIFICATION = "Particle";
    private static final int[] COLOR = {255, 200, 0};

    private GeoJsonWriter() {
    }

    public static void write(ParticleTable table, ObjectType type, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(table, type, out));
    }

    public static void write(ParticleTable table, ObjectType type, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (int row = 0; row < table.size(); row++) {
                writeFeature(g, table, row, type);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeFeature(JsonGenerator g, ParticleTable t, int row, ObjectType type) throws IOException {
        int label = t.label(row);
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        // stable across runs: the same particle of the same image keeps its id when re-exported
        g.writeStringField("id", UUID.nameUUIDFromBytes(("granula-particle-" + label).getBytes(StandardCharsets.UTF_8)).toString());
        g.writeObjectFieldStart("geometry");
        List<Contour> rings = new ArrayList<>();
        for (Contour part : t.outline(row).parts()) {
            rings.addAll(RingSplitter.split(part));
        }
        if (rings.size() == 1) {
            g.writeStringField("type", "Polygon");
            g.writeArrayFieldStart("coordinates");
            writeRing(g, rings.get(0));
            g.writeEndArray();
        } else {
            g.writeStringField("type", "MultiPolygon");
            g.writeArrayFieldStart("coordinates");
            for (Contour ring : rings) {
                g.writeStartArray();
                writeRing(g, ring);
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("objectType", type.qupathName());
        g.writeStringField("name", "particle " + label);
        g.writeObjectFieldStart("classification");
        g.writeStringField("name", CLASSIFICATION);
        g.writeArrayFieldStart("color");
        for (int c : COLOR) {
            g.writeNumber(c);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("measurements");
        g.writeNumberField("label", label);
        for (Measurement m : t.measurements()) {
            double v = t.value(m, row);
            if (Double.isFinite(v)) {
                g.writeNumberField(t.columnName(m), v);
            }
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRing(JsonGenerator g, Contour ring) throws IOException {
        g.writeStartArray();
        for (int i = 0; i <= ring.size(); i++) {
            int k = i % ring.size(); // close the ring
            g.writeStartArray();
            g.writeNumber(ring.x(k));
            g.writeNumber(ring.y(k));
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
