package io.granula.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.calib.Calibration;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CocoJsonTest {
    /** Random overlapping blobs: later ones cut earlier ones into parts and leave holes. */
    static LabelImage awkwardLabels() {
        int w = 90, h = 70;
        int[] px = new int[w * h];
        Random rnd = new Random(11);
        for (int id = 1; id <= 40; id++) {
            double cx = rnd.nextDouble() * w, cy = rnd.nextDouble() * h, r = 1 + rnd.nextDouble() * 9;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (Math.hypot(x + 0.5 - cx, (y + 0.5 - cy) * 1.4) < r) {
                        px[y * w + x] = id;
                    }
                }
            }
        }
        for (int x = 10; x < 20; x++) { // a ring with a hole
            for (int y = 50; y < 60; y++) {
                px[y * w + x] = x > 12 && x < 17 && y > 52 && y < 57 ? 0 : 99;
            }
        }
        return new LabelImage(w, h, px);
    }

    @Test
    void rleRoundTripGivesBackEveryLabelExactly(@TempDir Path dir) throws Exception {
        LabelImage labels = awkwardLabels();
        ParticleTable table = new ParticleMeasurer().measure(labels, Calibration.parseUser("3 nm/px"));
        Path json = dir.resolve("coco.json");
        CocoJsonWriter.write(List.of(new CocoJsonWriter.Entry("a.tif", labels, table)), CocoJsonWriter.Segmentation.RLE, json);

        LabelImage back = CocoJsonReader.read(json).labels(1);
        assertSameParticles(labels, table, back, true);
    }

    @Test
    void polygonRoundTripFillsTheTracedOutlines(@TempDir Path dir) throws Exception {
        LabelImage labels = awkwardLabels();
        ParticleTable table = new ParticleMeasurer().measure(labels, Calibration.none());
        Path json = dir.resolve("coco.json");
        CocoJsonWriter.write(List.of(new CocoJsonWriter.Entry("a.tif", labels, table)), CocoJsonWriter.Segmentation.POLYGONS, json);

        LabelImage back = CocoJsonReader.read(json).labels(1);
        assertSameParticles(labels, table, back, false);
    }

    @Test
    void fileHasTheCocoInstancesStructure(@TempDir Path dir) throws Exception {
        LabelImage labels = ParticleCsvWriterTest.blobs();
        ParticleTable table = new ParticleMeasurer().measure(labels, Calibration.none());
        Path json = dir.resolve("coco.json");
        CocoJsonWriter.write(List.of(new CocoJsonWriter.Entry("blobs.png", labels, table),
                new CocoJsonWriter.Entry("again.png", labels, table)), CocoJsonWriter.Segmentation.POLYGONS, json);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("images")).hasSize(2);
        assertThat(root.get("images").get(1).get("file_name").asText()).isEqualTo("again.png");
        assertThat(root.get("images").get(0).get("width").asInt()).isEqualTo(60);
        assertThat(root.get("categories").get(0).get("name").asText()).isEqualTo("particle");
        JsonNode a = root.get("annotations");
        assertThat(a).hasSize(4);
        assertThat(a.get(3).get("id").asInt()).isEqualTo(4);
        assertThat(a.get(3).get("image_id").asInt()).isEqualTo(2);
        assertThat(a.get(0).get("area").asLong()).isEqualTo((long) table.value(io.granula.core.measure.Measurement.AREA, 0));
        assertThat(a.get(0).get("bbox")).hasSize(4);
        assertThat(a.get(0).get("iscrowd").asInt()).isZero();
        assertThat(a.get(0).get("segmentation").get(0).size() % 2).isZero();
        assertThat(CocoJsonReader.read(json).labels(2).objectCount()).isEqualTo(2);
    }

    @Test
    void compressedCountsRoundTripIncludingLargeAndFallingRuns() {
        Random rnd = new Random(4);
        for (int trial = 0; trial < 200; trial++) {
            long[] counts = new long[1 + rnd.nextInt(30)];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(5) : rnd.nextInt(1 << 24);
            }
            CocoRle rle = new CocoRle(1, 1, counts);
            assertThat(CocoRle.fromCompressed(rle.compressed(), 1, 1).counts()).containsExactly(counts);
        }
        assertThat(new CocoRle(2, 3, new long[]{2, 3, 1}).compressed()).isEqualTo("231");
    }

    @Test
    void rleOfParticlesOnTheImageBorderCoversFullColumns() {
        int w = 4, h = 3;
        int[] px = {1, 1, 0, 0,
                    1, 1, 0, 2,
                    1, 1, 0, 2};
        CocoRle one = CocoRle.encode(px, w, h, 1, 0, 0, 1, 2);
        assertThat(one.counts()).containsExactly(0, 6, 6);
        CocoRle two = CocoRle.encode(px, w, h, 2, 3, 1, 3, 2);
        assertThat(two.counts()).containsExactly(10, 2);
        assertThat(two.decode()).containsExactly(false, false, false, false, false, false, false, true, false, false, false, true);
    }

    /**
     * Label k of {@code back} must hold exactly the pixels of the table's k-th particle; when holes are not
     * kept (polygons), a pixel may differ only where a particle with a hole filled it.
     */
    static void assertSameParticles(LabelImage original, ParticleTable table, LabelImage back, boolean holesKept) {
        int[] o = original.labels(), b = back.labels();
        int[] rowOf = new int[table.label(table.size() - 1) + 1];
        boolean[] holey = new boolean[table.size() + 1];
        for (int row = 0; row < table.size(); row++) {
            rowOf[table.label(row)] = row + 1;
            double outlineArea = table.outline(row).parts().stream().mapToDouble(io.granula.core.measure.Contour::area).sum();
            holey[row + 1] = outlineArea > table.value(io.granula.core.measure.Measurement.AREA, row);
        }
        int filled = 0;
        for (int i = 0; i < o.length; i++) {
            int expected = o[i] == 0 ? 0 : rowOf[o[i]];
            if (expected != b[i]) {
                boolean allowed = !holesKept && b[i] != 0 && holey[b[i]];
                assertThat(allowed).as("pixel %d: expected %d, got %d", i, expected, b[i]).isTrue();
                filled++;
            }
        }
        if (!holesKept) {
            assertThat(filled).as("pixels inside holes").isGreaterThan(0); // the test image has a ring
        }
    }
}
