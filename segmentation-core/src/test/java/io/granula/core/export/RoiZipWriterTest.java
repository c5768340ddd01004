package io.granula.core.export;

import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.io.RoiDecoder;
import io.granula.core.calib.Calibration;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Contour;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Polygon;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RoiZipWriterTest {
    /** Reads a ROI zip the way ImageJ's RoiManager.openZip does: RoiDecoder on each .roi entry. */
    static List<Roi> readWithImageJ(Path zip) throws Exception {
        List<Roi> rois = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                assertThat(e.getName()).endsWith(".roi");
                try (InputStream in = z.getInputStream(e)) {
                    Roi roi = new RoiDecoder(in.readAllBytes(), e.getName()).getRoi();
                    assertThat(roi).as(e.getName()).isNotNull();
                    rois.add(roi);
                }
            }
        }
        return rois;
    }

    @Test
    void imageJDecodesTheSameTracedPolygonsAndNames(@TempDir Path dir) throws Exception {
        ParticleTable table = new ParticleMeasurer().measure(ParticleCsvWriterTest.blobs(), Calibration.none());
        Path zip = dir.resolve("rois.zip");
        RoiZipWriter.write(table, zip);

        List<Roi> rois = readWithImageJ(zip);
        assertThat(rois).hasSize(2);
        for (int row = 0; row < 2; row++) {
            Roi roi = rois.get(row);
            assertThat(roi.getType()).isEqualTo(Roi.TRACED_ROI);
            assertThat(roi.getName()).isEqualTo("particle-" + table.label(row));
            Polygon p = roi.getPolygon();
            Contour c = table.outline(row).main();
            assertThat(Arrays.copyOf(p.xpoints, p.npoints)).containsExactly(c.xs());
            assertThat(Arrays.copyOf(p.ypoints, p.npoints)).containsExactly(c.ys());
            // ImageJ measures the decoded ROI to our numbers
            assertThat(((PolygonRoi) roi).getLength()).isCloseTo(table.value(Measurement.PERIMETER, row), within(1e-9));
            assertThat(roi.getFeretValues()[0]).isCloseTo(table.value(Measurement.FERET, row), within(1e-9));
        }
    }

    @Test
    void partsOfOneLabelBecomeNumberedRois(@TempDir Path dir) throws Exception {
        int[] px = new int[20 * 5];
        px[1 * 20 + 1] = 5;
        px[1 * 20 + 10] = 5;
        ParticleTable table = new ParticleMeasurer().measure(new LabelImage(20, 5, px), Calibration.none());
        Path zip = dir.resolve("parts.zip");
        RoiZipWriter.write(table, zip);
        assertThat(readWithImageJ(zip)).extracting(Roi::getName).containsExactly("particle-5-1", "particle-5-2");
    }

    @Test
    void coordinatesBeyondShortRangeSurviveAsFloats(@TempDir Path dir) throws Exception {
        int w = 40_000;
        int[] px = new int[w * 3];
        for (int x = 39_990; x < 39_995; x++) {
            px[w + x] = 1;
        }
        ParticleTable table = new ParticleMeasurer().measure(new LabelImage(w, 3, px), Calibration.none());
        Path zip = dir.resolve("far.zip");
        RoiZipWriter.write(table, zip);
        Roi roi = readWithImageJ(zip).get(0);
        assertThat(roi.getFloatPolygon().xpoints).contains(39_990f, 39_995f);
        assertThat(roi.getBounds().x).isEqualTo(39_990);
    }
}
