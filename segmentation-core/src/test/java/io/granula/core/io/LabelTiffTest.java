package io.granula.core.io;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import io.granula.core.image.ImageDocument;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.image.PixelType;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelTiffTest {
    @TempDir
    Path tmp;

    private static LabelImage pattern(int w, int h, int scale) {
        int[] v = new int[w * h];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 7 == 0) ? 0 : (i * 31 % 1000) * scale;
        }
        return new LabelImage(w, h, v);
    }

    @Test
    void sixteenBitLabelsOpenInImageJWithIdenticalValues() throws Exception {
        // 300 x 250 x 2 bytes spans several 64 KiB strips
        LabelImage labels = pattern(300, 250, 60);
        Path p = tmp.resolve("labels.tif");
        LabelTiff.write(labels, p);
        ImagePlus imp = IJ.openImage(p.toString());
        assertThat(imp).isNotNull();
        assertThat(imp.getBitDepth()).isEqualTo(16);
        assertThat(imp.getStackSize()).isEqualTo(1);
        assertSameValues(imp.getProcessor(), labels);
    }

    @Test
    void labelsOver65535AreWritten32BitAndImageJReadsThem() throws Exception {
        LabelImage labels = pattern(40, 30, 100); // ids up to 99,900
        Path p = tmp.resolve("big.tif");
        LabelTiff.write(labels, p);
        ImagePlus imp = IJ.openImage(p.toString());
        assertThat(imp.getBitDepth()).isEqualTo(32); // ImageJ opens 32-bit integer TIFFs as float
        assertSameValues(imp.getProcessor(), labels);
    }

    @Test
    void roundTripsExactlyIncludingIdsAboveFloatPrecision() throws Exception {
        int[] v = {0, 1, 65535, 65536, 16_777_217, Integer.MAX_VALUE};
        LabelImage labels = new LabelImage(3, 2, v);
        Path p = tmp.resolve("exact.tif");
        LabelTiff.write(labels, p);
        assertThat(LabelTiff.read(p).labels()).containsExactly(v);
        LabelImage small = pattern(17, 9, 1);
        LabelTiff.write(small, p);
        assertThat(LabelTiff.read(p).labels()).containsExactly(small.labels());
    }

    @Test
    void generalReaderSeesWrittenLabelsAsUint16() throws Exception {
        LabelImage labels = pattern(20, 10, 50);
        Path p = tmp.resolve("l.tif");
        LabelTiff.write(labels, p);
        ImageDocument doc = ImageReaders.read(p);
        assertThat(doc.firstPage().pixelType()).isEqualTo(PixelType.UINT16);
        float[] px = doc.firstPage().plane(0);
        for (int i = 0; i < px.length; i++) {
            assertThat((int) px[i]).isEqualTo(labels.labels()[i]);
        }
    }

    @Test
    void readsStardistLabelsLikeImageJ() throws Exception {
        Path p = Path.of(System.getProperty("granula.shared.data", "../shared/data"), "stardist", "nuclei-512-labels.tif");
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared data absent: " + p);
        LabelImage labels = LabelTiff.read(p);
        assertSameValues(IJ.openImage(p.toString()).getProcessor(), labels);
        assertThat(labels.objectCount()).isEqualTo(125);
        assertThat(labels.maxLabel()).isEqualTo(183);
    }

    @Test
    void readsImageJFloatLabelMaps() throws Exception {
        ij.process.FloatProcessor fp = new ij.process.FloatProcessor(4, 3);
        fp.setf(5, 3);
        fp.setf(11, 70000);
        Path p = tmp.resolve("float.tif");
        new ij.io.FileSaver(new ImagePlus("f", fp)).saveAsTiff(p.toString());
        int[] expected = new int[12];
        expected[5] = 3;
        expected[11] = 70000;
        assertThat(LabelTiff.read(p).labels()).containsExactly(expected);
    }

    @Test
    void refusesFractionalAndColourImagesAsLabels() throws Exception {
        ij.process.FloatProcessor fp = new ij.process.FloatProcessor(4, 3);
        fp.setf(2, 1.5f);
        Path f = tmp.resolve("frac.tif");
        new ij.io.FileSaver(new ImagePlus("f", fp)).saveAsTiff(f.toString());
        assertThatThrownBy(() -> LabelTiff.read(f)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("not a label image").hasMessageContaining("1.5");
        Path rgb = tmp.resolve("rgb.tif");
        new ij.io.FileSaver(new ImagePlus("c", new ij.process.ColorProcessor(4, 3))).saveAsTiff(rgb.toString());
        assertThatThrownBy(() -> LabelTiff.read(rgb)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining("3 samples per pixel");
    }

    @Test
    void refusesNegativeIdsOnWrite() {
        assertThatThrownBy(() -> LabelTiff.write(new LabelImage(1, 1, new int[]{-2}), tmp.resolve("n.tif")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameValues(ImageProcessor ip, LabelImage labels) {
        assertThat(ip.getWidth()).isEqualTo(labels.width());
        assertThat(ip.getHeight()).isEqualTo(labels.height());
        for (int y = 0; y < labels.height(); y++) {
            for (int x = 0; x < labels.width(); x++) {
                assertThat(ip.getPixelValue(x, y)).as("pixel %d,%d", x, y).isEqualTo((float) labels.get(x, y));
            }
        }
    }
}
