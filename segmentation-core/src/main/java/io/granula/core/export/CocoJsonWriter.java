package io.granula.core.export;

import io.granula.core.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Contour;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes particles as a COCO "instances" JSON (the object-detection format of the COCO data set, read by
 * pycocotools, detectron2, torchvision): {@code images}, one {@code categories} entry "particle", and one
 * {@code annotations} entry per particle with its segmentation, {@code area} (pixel count), {@code bbox}
 * [x, y, width, height] and {@code iscrowd} 0. Coordinates are pixel corners, as pycocotools rasterises
 * them (its own bbox-to-mask conversion treats box corners as pixel corners), so a traced outline maps back
 * to the same pixels. Each annotation also carries {@code granula_label}, the particle's id in the label
 * image.
 */
public final class CocoJsonWriter {
    public static final int CATEGORY_ID = 1;
    public static final String CATEGORY = "particle";

    /** Outline polygons (small, editable; holes are filled) or compressed RLE (exact masks, holes kept). */
    public enum Segmentation { POLYGONS, RLE }

    /** One image and its particles; the label image is needed for RLE masks. */
    public record Entry(String fileName, LabelImage labels, ParticleTable table) {
        public Entry {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(table, "table");
        }
    }

    private CocoJsonWriter() {
    }

    public static void write(List<Entry> images, Segmentation segmentation, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(images, segmentation, out));
    }

    public static void write(List<Entry> images, Segmentation segmentation, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("info");
            g.writeStringField("description", "Granula particle segmentation");
            g.writeStringField("version", "1.0");
            g.writeEndObject();
            g.writeArrayFieldStart("licenses");
            g.writeEndArray();
            g.writeArrayFieldStart("images");
            for (int i = 0; i < images.size(); i++) {
                Entry e = images.get(i);
                g.writeStartObject();
                g.writeNumberField("id", i + 1);
                g.writeStringField("file_name", e.fileName());
                g.writeNumberField("width", e.table().imageWidth());
                g.writeNumberField("height", e.table().imageHeight());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("categories");
            g.writeStartObject();
            g.writeNumberField("id", CATEGORY_ID);
            g.writeStringField("name", CATEGORY);
            g.writeStringField("supercategory", CATEGORY);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("annotations");
            int id = 0;
            for (int i = 0; i < images.size(); i++) {
                Entry e = images.get(i);
                if (segmentation == Segmentation.RLE && e.labels() == null) {
                    throw new IllegalArgumentException("RLE masks need the label image of " + e.fileName());
                }
                ParticleTable t = e.table();
                for (int row = 0; row < t.size(); row++) {
                    writeAnnotation(g, ++id, i + 1, e, row, segmentation);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeAnnotation(JsonGenerator g, int id, int imageId, Entry e, int row, Segmentation mode) throws IOException {
        ParticleTable t = e.table();
        // bounding box and area in pixels whatever the table's units
        double perPixel = t.units().unitsPerPixel();
        int bx = (int) Math.round(t.value(Measurement.BBOX_X, row) / perPixel);
        int by = (int) Math.round(t.value(Measurement.BBOX_Y, row) / perPixel);
        int bw = (int) Math.round(t.value(Measurement.BBOX_WIDTH, row) / perPixel);
        int bh = (int) Math.round(t.value(Measurement.BBOX_HEIGHT, row) / perPixel);
        long area = Math.round(t.value(Measurement.AREA, row) / (perPixel * perPixel));
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("image_id", imageId);
        g.writeNumberField("category_id", CATEGORY_ID);
        g.writeFieldName("segmentation");
        if (mode == Segmentation.POLYGONS) {
            g.writeStartArray();
            for (Contour c : t.outline(row).parts()) {
                g.writeStartArray();
                for (int i = 0; i < c.size(); i++) {
                    g.writeNumber(c.x(i));
                    g.writeNumber(c.y(i));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        } else {
            LabelImage labels = e.labels();
            CocoRle rle = CocoRle.encode(labels.labels(), labels.width(), labels.height(), t.label(row),
                    bx, by, bx + bw - 1, by + bh - 1);
            g.writeStartObject();
            g.writeArrayFieldStart("size");
            g.writeNumber(labels.height());
            g.writeNumber(labels.width());
            g.writeEndArray();
            g.writeStringField("counts", rle.compressed());
            g.writeEndObject();
        }
        g.writeNumberField("area", area);
        g.writeArrayFieldStart("bbox");
        g.writeNumber(bx);
        g.writeNumber(by);
        g.writeNumber(bw);
        g.writeNumber(bh);
        g.writeEndArray();
        g.writeNumberField("iscrowd", 0);
        g.writeNumberField("granula_label", t.label(row));
        g.writeEndObject();
    }
}
