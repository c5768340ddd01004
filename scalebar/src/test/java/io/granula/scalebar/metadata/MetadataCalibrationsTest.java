package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.ImageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetadataCalibrationsTest {
    private final MetadataCalibrations calibrations = new MetadataCalibrations();

    private static ImageMetadata tiff(Map<Integer, Object> tags) {
        return new ImageMetadata("TIFF", tags, Optional.empty(), Double.NaN, Double.NaN, "");
    }

    private Calibration read(ImageMetadata m, Path file, int width) {
        return calibrations.read(new MetadataContext(m, Optional.ofNullable(file), width)).orElseThrow();
    }

    @Test
    void zeissImagePixelSizeWithMicroSignAsLatin1Bytes() {
        byte[] tag = "0\r\nAP_PIXEL_SIZE\r\nImage Pixel Size = 1.953 \u00B5m\r\nAP_WD\r\nWD = 4.0 mm\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Calibration c = read(tiff(Map.of(34118, tag)), null, 1024);
        assertThat(c.nmPerPixel()).isCloseTo(1953, within(1e-9));
        assertThat(c.source()).isEqualTo(CalibrationSource.METADATA);
        assertThat(c.detail()).contains("Zeiss").contains("34118");
    }

    @Test
    void zeissImagePixelSizeInNanometresAsText() {
        Calibration c = read(tiff(Map.of(34118, "AP_PIXEL_SIZE\nImage Pixel Size = 7.344 nm\n")), null, 1024);
        assertThat(c.nmPerPixel()).isCloseTo(7.344, within(1e-12));
    }

    @Test
    void feiScanPixelWidthIsInMetres() {
        String ini = "[User]\r\nDate=01/02/2020\r\n[Beam]\r\nHV=5000\r\n[Scan]\r\nInternalScan=true\r\nPixelWidth=2.6e-009\r\n"
                + "PixelHeight=2.6e-009\r\n[EScan]\r\nPixelWidth=9e-009\r\n";
        Calibration c = read(tiff(Map.of(34682, ini)), null, 1536);
        assertThat(c.nmPerPixel()).isCloseTo(2.6, within(1e-9));
        assertThat(c.detail()).contains("FEI").contains("34682").contains("[Scan] PixelWidth");
    }

    @Test
    void jeolSideCarRescaledToTheSavedWidth(@TempDir Path dir) throws IOException {
        Path image = dir.resolve("sample_01.tif");
        Files.write(image, new byte[]{1});
        Files.writeString(dir.resolve("sample_01.txt"), "$CM_FORMAT JEOL/SEM\n$CM_MAG 5000\n$CM_FULL_SIZE 1280 960\n"
                + "$$SM_MICRON_BAR 160\n$$SM_MICRON_MARKER 5um\n", StandardCharsets.ISO_8859_1);
        assertThat(read(ImageMetadata.none("TIFF"), image, 1280).nmPerPixel()).isCloseTo(5000.0 / 160, within(1e-9));
        Calibration halved = read(ImageMetadata.none("TIFF"), image, 640);
        assertThat(halved.nmPerPixel()).isCloseTo(2 * 5000.0 / 160, within(1e-9));
        assertThat(halved.detail()).contains("JEOL").contains("sample_01.txt").contains("640");
    }

    @Test
    void hitachiSideCarPixelSizeInNanometres(@TempDir Path dir) throws IOException {
        Path image = dir.resolve("S4800_0001.tif");
        Files.write(image, new byte[]{1});
        Files.writeString(dir.resolve("S4800_0001.txt"), "[SemImageFile]\r\nInstructName=S-4800\r\nDataSize=1280x960\r\n"
                + "PixelSize=9.921875\r\nMagnification=10000\r\n", StandardCharsets.ISO_8859_1);
        Calibration c = read(ImageMetadata.none("TIFF"), image, 1280);
        assertThat(c.nmPerPixel()).isCloseTo(9.921875, within(1e-12));
        assertThat(c.detail()).contains("Hitachi");
    }

    @Test
    void imageJDescriptionUnitWithResolution() {
        ImageMetadata m = new ImageMetadata("TIFF", Map.of(), Optional.of("ImageJ=1.54f\nunit=micron\nspacing=0.5\nloop=false\n"),
                4.0, 4.0, "");
        Calibration c = read(m, null, 512);
        assertThat(c.nmPerPixel()).isCloseTo(250, within(1e-9));
        assertThat(c.detail()).contains("ImageJ");
    }

    @Test
    void tiffResolutionInCentimetresButNotAPrintResolution() {
        ImageMetadata perCm = new ImageMetadata("TIFF", Map.of(), Optional.empty(), 1e5, 1e5, "cm");
        assertThat(read(perCm, null, 512).nmPerPixel()).isCloseTo(100, within(1e-9));
        ImageMetadata print = new ImageMetadata("TIFF", Map.of(), Optional.empty(), 300, 300, "inch");
        assertThat(calibrations.read(new MetadataContext(print, Optional.empty(), 512))).isEmpty();
    }

    @Test
    void instrumentTagsComeBeforeTheTiffResolution() {
        ImageMetadata both = new ImageMetadata("TIFF", Map.of(34118, "Image Pixel Size = 3.5 nm"), Optional.empty(),
                1e5, 1e5, "cm");
        assertThat(read(both, null, 512).nmPerPixel()).isCloseTo(3.5, within(1e-12));
    }

    @Test
    void filesWithoutCalibrationGiveNone() {
        assertThat(calibrations.read(new MetadataContext(ImageMetadata.none("PNG"), Optional.empty(), 512))).isEmpty();
        assertThat(calibrations.read(new MetadataContext(tiff(Map.of(34118, "no pixel size here")), Optional.empty(), 512)))
                .isEmpty();
    }
}
