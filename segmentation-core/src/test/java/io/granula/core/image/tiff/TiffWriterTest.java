package io.granula.core.image.tiff;

import ij.IJ;
import ij.ImagePlus;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageDocument;
import io.granula.core.image.ImageReaders;
import io.granula.core.image.PixelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TiffWriterTest {
    @TempDir
    Path tmp;

    @Test
    void floatImageWithDescriptionOpensInImageJAndOurReader() throws Exception {
        int w = 130, h = 140; // 130 * 4 bytes per row -> several strips
        Path p = tmp.resolve("f.tif");
        TiffWriter.writeGray(p, w, h, TiffWriter.SampleKind.FLOAT32, "flows dY", (y, row) -> {
            for (int x = 0; x < w; x++) {
                row.putFloat(value(x, y));
            }
        });
        ImagePlus imp = IJ.openImage(p.toString());
        assertThat(imp.getBitDepth()).isEqualTo(32);
        ImageDocument doc = ImageReaders.read(p);
        Image2D img = doc.firstPage();
        assertThat(img.pixelType()).isEqualTo(PixelType.FLOAT32);
        for (int y = 0; y < h; y += 7) {
            for (int x = 0; x < w; x += 3) {
                assertThat(imp.getProcessor().getPixelValue(x, y)).isEqualTo(value(x, y));
                assertThat(img.get(0, x, y)).isEqualTo(value(x, y));
            }
        }
        assertThat(doc.metadata().description()).contains("flows dY");
        assertThat(TiffTagReader.read(p).directories().get(0).longs(TiffTags.STRIP_OFFSETS).length).isGreaterThan(1);
    }

    @Test
    void eightBitImageOpensInImageJ() throws Exception {
        Path p = tmp.resolve("g.tif");
        TiffWriter.writeGray(p, 3, 2, TiffWriter.SampleKind.UINT8, null, (y, row) -> {
            for (int x = 0; x < 3; x++) {
                row.put((byte) (200 + 10 * x + y));
            }
        });
        ImagePlus imp = IJ.openImage(p.toString());
        assertThat(imp.getBitDepth()).isEqualTo(8);
        assertThat(imp.getProcessor().get(2, 1)).isEqualTo(221);
        assertThat(ImageReaders.read(p).firstPage().get(0, 2, 1)).isEqualTo(221f);
    }

    private static float value(int x, int y) {
        return (float) Math.sin(x * 0.1) * y - 3.5f;
    }

    @Test
    void imageJReadsTheCalibrationWeWriteTheImageJWay() throws Exception {
        Path p = tmp.resolve("calibrated.tif");
        double nmPerPixel = 2.37;
        TiffWriter.writeGray(p, 4, 3, TiffWriter.SampleKind.UINT8, "ImageJ=1.54p\nunit=nm\n", 1 / nmPerPixel,
                (y, row) -> row.put(new byte[4]));

        ImagePlus imp = IJ.openImage(p.toString());
        assertThat(imp.getCalibration().getUnit()).isEqualTo("nm");
        assertThat(imp.getCalibration().pixelWidth).isCloseTo(nmPerPixel, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ImageReaders.read(p).metadata().pixelsPerUnitX()).isCloseTo(1 / nmPerPixel,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
