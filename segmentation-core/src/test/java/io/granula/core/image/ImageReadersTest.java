package io.granula.core.image;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.granula.core.image.tiff.TiffTags;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReadersTest {
    @TempDir
    Path tmp;

    @Test
    void sixteenBitTiffMatchesImageJExactlyOnStardistNuclei() throws Exception {
        Path p = Path.of(System.getProperty("granula.shared.data", "../shared/data"), "stardist", "nuclei-512.tif");
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared data absent: " + p);
        ImageDocument doc = ImageReaders.read(p);
        Image2D img = doc.firstPage();
        assertThat(img.pixelType()).isEqualTo(PixelType.UINT16);
        assertThat(img.channels()).isEqualTo(1);
        assertSameAsImageJ(IJ.openImage(p.toString()).getProcessor(), img);
        assertThat(doc.metadata().format()).isEqualTo("TIFF");
        assertThat(doc.metadata().tag(TiffTags.IMAGE_WIDTH)).contains(new long[]{512});
    }

    @Test
    void sixteenBitTiffRoundTripsForEveryCompression() throws Exception {
        BufferedImage src = TestImageFiles.gray16(70, 45);
        for (String compression : new String[]{null, "LZW", "Deflate", "PackBits"}) {
            Path p = tmp.resolve("g16-" + compression + ".tif");
            TestImageFiles.writeTiff(src, p, compression, Map.of());
            Image2D img = ImageReaders.read(p).firstPage();
            assertThat(img.pixelType()).as(compression).isEqualTo(PixelType.UINT16);
            for (int y = 0; y < 45; y++) {
                for (int x = 0; x < 70; x++) {
                    assertThat(img.get(0, x, y)).as("%s %d,%d", compression, x, y)
                            .isEqualTo((float) TestImageFiles.gray16Value(x, y));
                }
            }
        }
    }

    @Test
    void eightBitAndRgbTiffKeepTheirValues() throws Exception {
        Path g = tmp.resolve("g8.tif");
        BufferedImage gray = TestImageFiles.gray8(33, 21);
        TestImageFiles.writeTiff(gray, g, "LZW", Map.of());
        Image2D gi = ImageReaders.read(g).firstPage();
        assertThat(gi.pixelType()).isEqualTo(PixelType.UINT8);
        assertThat(gi.get(0, 5, 3)).isEqualTo((float) gray.getRaster().getSample(5, 3, 0));

        Path c = tmp.resolve("rgb.tif");
        TestImageFiles.writeTiff(TestImageFiles.rgb(12, 8), c, "Deflate", Map.of());
        Image2D ci = ImageReaders.read(c).firstPage();
        assertThat(ci.channels()).isEqualTo(3);
        assertThat(new float[]{ci.get(0, 4, 2), ci.get(1, 4, 2), ci.get(2, 4, 2)}).containsExactly(40, 40, 200);
    }

    @Test
    void floatTiffFromImageJKeepsFloatValues() throws Exception {
        FloatProcessor fp = new FloatProcessor(9, 4);
        for (int i = 0; i < 36; i++) {
            fp.setf(i, (float) Math.exp(i / 3.0) - 7.25f);
        }
        Path p = tmp.resolve("float.tif");
        new FileSaver(new ImagePlus("f", fp)).saveAsTiff(p.toString());
        Image2D img = ImageReaders.read(p).firstPage();
        assertThat(img.pixelType()).isEqualTo(PixelType.FLOAT32);
        assertSameAsImageJ(fp, img);
    }

    @Test
    void multiPageTiffExposesEveryPage() throws Exception {
        ImageStack stack = new ImageStack(6, 5);
        for (int k = 0; k < 4; k++) {
            ShortProcessor sp = new ShortProcessor(6, 5);
            sp.set(k, k, 1000 * (k + 1));
            stack.addSlice(sp);
        }
        Path p = tmp.resolve("stack.tif");
        new FileSaver(new ImagePlus("s", stack)).saveAsTiffStack(p.toString());
        ImageDocument doc = ImageReaders.read(p);
        assertThat(doc.pages()).hasSize(4);
        for (int k = 0; k < 4; k++) {
            assertThat(doc.pages().get(k).get(0, k, k)).isEqualTo(1000f * (k + 1));
            assertThat(doc.pages().get(k).get(0, (k + 1) % 6, k)).isZero();
        }
    }

    @Test
    void pngJpegAndBmpAreRead() throws Exception {
        Path png16 = tmp.resolve("g16.png");
        TestImageFiles.write(TestImageFiles.gray16(30, 20), "png", png16);
        Image2D p16 = ImageReaders.read(png16).firstPage();
        assertThat(p16.pixelType()).isEqualTo(PixelType.UINT16);
        assertThat(p16.get(0, 29, 19)).isEqualTo((float) TestImageFiles.gray16Value(29, 19));
        assertThat(ImageReaders.read(png16).metadata().format()).isEqualTo("PNG");

        Path png = tmp.resolve("rgb.png");
        TestImageFiles.write(TestImageFiles.rgb(12, 8), "png", png);
        Image2D pc = ImageReaders.read(png).firstPage();
        assertThat(new float[]{pc.get(0, 4, 2), pc.get(1, 4, 2), pc.get(2, 4, 2)}).containsExactly(40, 40, 200);

        Path bmp = tmp.resolve("rgb.bmp");
        TestImageFiles.write(TestImageFiles.rgb(12, 8), "bmp", bmp);
        Image2D bc = ImageReaders.read(bmp).firstPage();
        assertThat(bc.pixelType()).isEqualTo(PixelType.UINT8);
        assertThat(new float[]{bc.get(0, 4, 2), bc.get(1, 4, 2), bc.get(2, 4, 2)}).containsExactly(40, 40, 200);

        Path jpg = tmp.resolve("g.jpg");
        BufferedImage flat = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        flat.getRaster().setSamples(0, 0, 16, 16, 0, filled(256, 120));
        TestImageFiles.write(flat, "jpg", jpg);
        Image2D jg = ImageReaders.read(jpg).firstPage();
        assertThat(jg.channels()).isEqualTo(1);
        assertThat(jg.get(0, 8, 8)).isBetween(118f, 122f); // lossy, but a flat field survives
    }

    @Test
    void tiffMetadataHoldsPrivateTagsDescriptionAndResolution() throws Exception {
        ShortProcessor sp = new ShortProcessor(8, 8);
        ImagePlus imp = new ImagePlus("cal", sp);
        imp.getCalibration().pixelWidth = 0.25;
        imp.getCalibration().pixelHeight = 0.25;
        imp.getCalibration().setUnit("micron");
        Path ij = tmp.resolve("cal.tif");
        new FileSaver(imp).saveAsTiff(ij.toString());
        ImageMetadata m = ImageReaders.read(ij).metadata();
        assertThat(m.description()).hasValueSatisfying(d -> assertThat(d).startsWith("ImageJ=").contains("unit=micron"));
        assertThat(m.pixelsPerUnitX()).isEqualTo(4.0);
        assertThat(m.pixelsPerUnitY()).isEqualTo(4.0);

        Path sem = tmp.resolve("sem.tif");
        String zeiss = "\r\nAP_PIXEL_SIZE\r\nImage Pixel Size = 7.344 nm\r\n";
        String fei = "[Scan]\r\nPixelWidth=2.5e-09\r\n";
        TestImageFiles.writeTiff(TestImageFiles.gray8(10, 10), sem, null,
                Map.of(TiffTags.ZEISS_CZ_SEM, zeiss, TiffTags.FEI_HELIOS, fei));
        ImageMetadata s = ImageReaders.read(sem).metadata();
        assertThat(s.tag(TiffTags.ZEISS_CZ_SEM)).contains(zeiss);
        assertThat(s.tag(TiffTags.FEI_HELIOS)).contains(fei);
    }

    @Test
    void pngResolutionAndTextBecomeMetadata() throws Exception {
        BufferedImage img = TestImageFiles.gray8(4, 4);
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
        javax.imageio.metadata.IIOMetadata meta = writer.getDefaultImageMetadata(
                new javax.imageio.ImageTypeSpecifier(img), null);
        // pHYs through the PNG plugin's own tree: its standard-tree writer mis-converts mm/pixel (2 px/m for 0.002)
        String fmt = "javax_imageio_png_1.0";
        javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode(fmt);
        javax.imageio.metadata.IIOMetadataNode phys = new javax.imageio.metadata.IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", "500000"); // 2 um per pixel
        phys.setAttribute("pixelsPerUnitYAxis", "500000");
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        javax.imageio.metadata.IIOMetadataNode text = new javax.imageio.metadata.IIOMetadataNode("tEXt");
        javax.imageio.metadata.IIOMetadataNode entry = new javax.imageio.metadata.IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", "Description");
        entry.setAttribute("value", "scale 2 um/px");
        text.appendChild(entry);
        root.appendChild(text);
        meta.mergeTree(fmt, root);
        Path p = tmp.resolve("meta.png");
        try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(p.toFile())) {
            writer.setOutput(out);
            writer.write(new javax.imageio.IIOImage(img, null, meta));
        } finally {
            writer.dispose();
        }
        ImageMetadata m = ImageReaders.read(p).metadata();
        assertThat(m.format()).isEqualTo("PNG");
        assertThat(m.resolutionUnit()).isEqualTo("cm");
        assertThat(m.pixelsPerUnitX()).isCloseTo(5000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.description()).hasValueSatisfying(d -> assertThat(d).contains("scale 2 um/px"));
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static void assertSameAsImageJ(ImageProcessor ip, Image2D img) {
        assertThat(img.width()).isEqualTo(ip.getWidth());
        assertThat(img.height()).isEqualTo(ip.getHeight());
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                assertThat(img.get(0, x, y)).as("pixel %d,%d", x, y).isEqualTo(ip.getPixelValue(x, y));
            }
        }
    }
}
