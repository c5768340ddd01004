package io.granula.reports.image;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class OutlineLayerTest {

    @Test
    void outlinePixelsKeepTheirHueAndTheRestIsTransparent() throws Exception {
        BufferedImage argb = new BufferedImage(9, 5, BufferedImage.TYPE_INT_ARGB);
        int red = 0xFF000000 | Color.HSBtoRGB(0.01f, 0.85f, 1f);
        int blue = 0xFF000000 | Color.HSBtoRGB(0.64f, 0.85f, 1f);
        argb.setRGB(0, 0, red);
        argb.setRGB(8, 4, blue);
        argb.setRGB(3, 2, blue);
        EncodedImage layer = OutlineLayer.encode(argb);
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = layer.toXObject(doc);
            // PDFBox applies the colour-key mask when it decodes, as a viewer does.
            BufferedImage back = image.getImage();
            assertThat(back.getWidth()).isEqualTo(9);
            assertThat(alpha(back, 1, 1)).isZero();
            assertThat(alpha(back, 0, 0)).isEqualTo(255);
            assertThat(hue(back.getRGB(0, 0))).isCloseTo(0.0f, org.assertj.core.data.Offset.offset(1f / OutlineLayer.HUES));
            assertThat(hue(back.getRGB(8, 4))).isCloseTo(0.64f, org.assertj.core.data.Offset.offset(1f / OutlineLayer.HUES));
            assertThat(hue(back.getRGB(3, 2))).isCloseTo(0.64f, org.assertj.core.data.Offset.offset(1f / OutlineLayer.HUES));
        }
    }

    @Test
    void aSparseLayerCodesToAFewBytesPerOutlinePixel() {
        BufferedImage argb = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 1000; i++) {
            argb.setRGB(i, 500, 0xFF00FF00);
            argb.setRGB(500, i, 0xFFFF0000);
        }
        assertThat(OutlineLayer.encode(argb).data().length).isLessThan(5_000);
    }

    private static int alpha(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) >>> 24;
    }

    private static float hue(int rgb) {
        return Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, null)[0];
    }
}
