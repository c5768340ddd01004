package io.granula.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.calib.Calibration;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our GeoJSON is read the way QuPath 0.4+ reads it (qupath.lib.io.PathObjectTypeAdapters and
 * ROITypeAdapters): the feature's UUID id, properties.objectType, classification and measurements map, and
 * the geometry built with JTS exactly as ROITypeAdapters.parsePolygon does (createLinearRing per ring,
 * which refuses unclosed rings). The geometries must also be valid, since QuPath's ROI tools assume it.
 */
class GeoJsonWriterTest {
    private static final GeometryFactory JTS = new GeometryFactory();

    @Test
    void nucleiImportAsValidQuPathDetectionsWithTheirAreas(@TempDir Path dir) throws Exception {
        Path data = Path.of(System.getProperty("granula.shared.data", "../shared/data")).resolve("stardist/nuclei-512-labels.tif");
        assumeTrue(Files.isRegularFile(data), "shared data absent: " + data);
        LabelImage labels = io.granula.core.io.LabelTiff.read(data);
        assertImportsAsQuPath(labels, Calibration.parseUser("0.3 um/px"), GeoJsonWriter.ObjectType.DETECTION, dir);
    }

    @Test
    void cornerTouchingAndSplitParticlesBecomeValidMultiPolygons(@TempDir Path dir) throws Exception {
        int w = 12, h = 8;
        int[] px = new int[w * h];
        for (int i = 0; i < 5; i++) {
            px[(1 + i) * w + 1 + i] = 1; // diagonal staircase: pixels touch at corners only
        }
        int[][] ring = {{8, 1}, {9, 1}, {7, 2}, {10, 2}, {7, 3}, {10, 3}, {8, 4}, {9, 4}}; // diamond-cornered ring
        for (int[] p : ring) {
            px[p[1] * w + p[0]] = 2;
        }
        px[6 * w + 8] = 3;
        px[6 * w + 11] = 3; // two separate parts
        JsonNode features = assertImportsAsQuPath(new LabelImage(w, h, px), Calibration.none(), GeoJsonWriter.ObjectType.ANNOTATION, dir);
        assertThat(features.get(0).get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(features.get(0).get("geometry").get("coordinates")).hasSize(5);
        assertThat(features.get(2).get("geometry").get("coordinates")).hasSize(2);
        assertThat(features.get(2).get("properties").get("objectType").asText()).isEqualTo("annotation");
    }

    @Test
    void awkwardLabelsStayValid(@TempDir Path dir) throws Exception {
        assertImportsAsQuPath(CocoJsonTest.awkwardLabels(), Calibration.none(), GeoJsonWriter.ObjectType.DETECTION, dir);
    }

    /** Writes, parses like QuPath, checks every feature, and returns the features. */
    private static JsonNode assertImportsAsQuPath(LabelImage labels, Calibration cal, GeoJsonWriter.ObjectType type, Path dir) throws Exception {
        ParticleTable table = new ParticleMeasurer().measure(labels, cal);
        Path file = dir.resolve("particles.geojson");
        GeoJsonWriter.write(table, type, file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = root.get("features");
        assertThat(features).hasSize(table.size());
        double perPixel2 = table.units().unitsPerPixel() * table.units().unitsPerPixel();
        for (int row = 0; row < table.size(); row++) {
            JsonNode f = features.get(row);
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            UUID.fromString(f.get("id").asText()); // QuPath keeps a valid UUID as the object's id
            JsonNode props = f.get("properties");
            assertThat(props.get("objectType").asText()).isEqualTo(type.qupathName());
            assertThat(props.get("classification").get("name").asText()).isEqualTo("Particle");
            assertThat(props.get("classification").get("color")).hasSize(3);
            assertThat(props.get("measurements").isObject()).isTrue();
            assertThat(props.get("measurements").get(table.columnName(Measurement.AREA)).asDouble())
                    .isCloseTo(table.value(Measurement.AREA, row), within(1e-9));

            Geometry g = parseLikeQuPath(f.get("geometry"));
            assertThat(g.isValid()).as("geometry of particle %d is valid: %s", table.label(row), g).isTrue();
            double outlineArea = table.outline(row).parts().stream().mapToDouble(io.granula.core.measure.Contour::area).sum();
            assertThat(g.getArea()).isEqualTo(outlineArea);
            assertThat(outlineArea).isGreaterThanOrEqualTo(table.value(Measurement.AREA, row) / perPixel2 - 1e-6);
        }
        return features;
    }

    private static Geometry parseLikeQuPath(JsonNode geometry) {
        JsonNode coords = geometry.get("coordinates");
        return switch (geometry.get("type").asText()) {
            case "Polygon" -> polygon(coords);
            case "MultiPolygon" -> {
                Polygon[] polys = new Polygon[coords.size()];
                for (int i = 0; i < polys.length; i++) {
                    polys[i] = polygon(coords.get(i));
                }
                yield JTS.createMultiPolygon(polys);
            }
            default -> throw new AssertionError("unexpected geometry " + geometry);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return JTS.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return JTS.createLinearRing(c); // throws for an unclosed ring, as QuPath's import does
    }
}
