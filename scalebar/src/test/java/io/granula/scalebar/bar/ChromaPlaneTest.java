package io.granula.scalebar.bar;

import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChromaPlaneTest {
    private static Image2D rgb(int w, int h, int[] rgbOf) {
        float[][] p = new float[3][w * h];
        for (int i = 0; i < w * h; i++) {
            int v = rgbOf[i];
            p[0][i] = (v >> 16) & 255;
            p[1][i] = (v >> 8) & 255;
            p[2][i] = v & 255;
        }
        return new Image2D(w, h, PixelType.UINT8, p);
    }

    @Test
    void aRedLabelOnGreySpecimenIsTheBrightestThingOnTheChromaPlane() {
        int w = 40;
        int h = 20;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            int grey = 40 + (i * 37) % 180; // texture of every grey level
            px[i] = grey << 16 | grey << 8 | grey;
        }
        px[5 * w + 10] = 230 << 16 | 40 << 8 | 30; // red, luma 95: lost among the greys
        Image2D image = rgb(w, h, px);
        GrayPlane chroma = GrayPlane.chromaOf(image, GrayPlane.of(image)).orElseThrow();
        assertThat(chroma.at(10, 5)).isEqualTo(200f);
        assertThat(chroma.at(11, 5)).isZero();
    }

    @Test
    void greyAndColourlessImagesHaveNoChromaPlane() {
        int[] px = new int[16 * 16];
        for (int i = 0; i < px.length; i++) {
            int grey = i % 256;
            px[i] = grey << 16 | (grey + 2 > 255 ? grey : grey + 2) << 8 | grey; // JPEG-like tint of 2 levels
        }
        Image2D colourless = rgb(16, 16, px);
        assertThat(GrayPlane.chromaOf(colourless, GrayPlane.of(colourless))).isEmpty();
        Image2D grey = Image2D.gray(16, 16, new float[256]);
        assertThat(GrayPlane.chromaOf(grey, GrayPlane.of(grey))).isEmpty();
    }
}
