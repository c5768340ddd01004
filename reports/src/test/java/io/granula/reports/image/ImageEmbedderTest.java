package io.granula.reports.image;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ImageEmbedderTest {

    @Test
    void aNoisyMicrographIsStoredAsJpegAtPrintResolution() throws Exception {
        BufferedImage photo = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(1);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                int g = Math.min(255, Math.max(0, 120 + (int) (40 * r.nextGaussian())));
                photo.setRGB(x, y, g << 16 | g << 8 | g);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            // 360 x 180 pt = 5 x 2.5 in at 200 dpi: 1000 x 500 pixels are all the print can show.
            PDImageXObject image = ImageEmbedder.embed(doc, photo, 360, 180, 200);
            assertThat(image.getWidth()).isEqualTo(1000);
            assertThat(image.getHeight()).isEqualTo(500);
            assertThat(image.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
        }
    }

    @Test
    void aFlatGraphicIsStoredLosslesslyAndNeverUpscaled() throws Exception {
        BufferedImage graphic = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 300; x++) {
            for (int y = 0; y < 100; y++) {
                graphic.setRGB(x, y, x < 150 ? 0xFFFFFF : 0x0072B2);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = ImageEmbedder.embed(doc, graphic, 500, 200, 300);
            assertThat(image.getWidth()).isEqualTo(300);
            assertThat(image.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            assertThat(image.getImage().getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getImage().getRGB(200, 10) & 0xFFFFFF).isEqualTo(0x0072B2);
        }
    }

    @Test
    void downscalingAveragesRatherThanSkippingPixels() {
        // One-pixel stripes, alternating black and white: a single nearest or bilinear step to
        // a quarter would land on one colour; averaging gives mid-grey.
        BufferedImage stripes = new BufferedImage(400, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 40; y++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0 : 0xFFFFFF);
            }
        }
        BufferedImage small = Downscaler.fitWithin(stripes, 100, 100);
        assertThat(small.getWidth()).isEqualTo(100);
        int g = small.getRGB(50, 5) & 0xFF;
        assertThat(g).isBetween(100, 155);
    }
}
