package io.granula.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.label.LabelImage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a COCO instances JSON back into label images: each annotation of an image becomes one label,
 * numbered 1, 2, ... in file order (later annotations paint over earlier ones where they overlap).
 * Understands the three segmentation forms pycocotools does: polygon lists (filled by
 * {@link PolygonRasterizer}), uncompressed RLE ({@code counts} a list) and compressed RLE ({@code counts}
 * a string).
 */
public final class CocoJsonReader {
    /** One entry of {@code images}. */
    public record CocoImage(int id, String fileName, int width, int height) {
    }

    private final List<CocoImage> images;
    private final JsonNode annotations;

    private CocoJsonReader(List<CocoImage> images, JsonNode annotations) {
        this.images = images;
        this.annotations = annotations;
    }

    /** @throws IOException when the file is not JSON or not a COCO instances file, naming the file */
    public static CocoJsonReader read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not readable JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("images").isArray() || !root.path("annotations").isArray()) {
            throw new IOException(file + " is not a COCO instances file: it needs 'images' and 'annotations' arrays");
        }
        List<CocoImage> images = new ArrayList<>();
        for (JsonNode im : root.get("images")) {
            images.add(new CocoImage(im.path("id").asInt(), im.path("file_name").asText(""),
                    im.path("width").asInt(), im.path("height").asInt()));
        }
        return new CocoJsonReader(List.copyOf(images), root.get("annotations"));
    }

    public List<CocoImage> images() {
        return images;
    }

    /** The label image of one image id: its annotations as labels 1..n in file order. */
    public LabelImage labels(int imageId) {
        CocoImage image = images.stream().filter(i -> i.id() == imageId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no image with id " + imageId));
        int w = image.width(), h = image.height();
        int[] labels = new int[w * h];
        int next = 0;
        for (JsonNode a : annotations) {
            if (a.path("image_id").asInt() != imageId) {
                continue;
            }
            next++;
            boolean[] mask = mask(a.get("segmentation"), w, h);
            for (int i = 0; i < mask.length; i++) {
                if (mask[i]) {
                    labels[i] = next;
                }
            }
        }
        return new LabelImage(w, h, labels);
    }

    private static boolean[] mask(JsonNode seg, int w, int h) {
        if (seg == null) {
            throw new IllegalArgumentException("annotation without segmentation");
        }
        if (seg.isArray()) {
            boolean[] mask = new boolean[w * h];
            for (JsonNode poly : seg) {
                double[] xy = new double[poly.size()];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = poly.get(i).asDouble();
                }
                PolygonRasterizer.fill(xy, mask, w, h);
            }
            return mask;
        }
        JsonNode counts = seg.get("counts");
        int rh = seg.path("size").path(0).asInt(h), rw = seg.path("size").path(1).asInt(w);
        if (rh != h || rw != w) {
            throw new IllegalArgumentException("RLE size " + rw + "x" + rh + " differs from the image's " + w + "x" + h);
        }
        CocoRle rle;
        if (counts.isTextual()) {
            rle = CocoRle.fromCompressed(counts.asText(), h, w);
        } else {
            long[] c = new long[counts.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = counts.get(i).asLong();
            }
            rle = new CocoRle(h, w, c);
        }
        return rle.decode();
    }
}
