package io.granula.core.render;

import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class OverlayRendererTest {

    /** Two 4x4 squares on a 12x8 ramp; particle 2 is not kept. */
    private static final int W = 12;
    private static final int H = 8;

    private static LabelImage labels() {
        int[] lab = new int[W * H];
        for (int y = 2; y < 6; y++) {
            for (int x = 1; x < 5; x++) {
                lab[y * W + x] = 1;
                lab[y * W + x + 6] = 2;
            }
        }
        return new LabelImage(W, H, lab);
    }

    private static Image2D ramp() {
        float[] px = new float[W * H];
        for (int i = 0; i < px.length; i++) {
            px[i] = i;
        }
        return Image2D.gray(W, H, px);
    }

    @Test
    void outlinesAreTheKeptParticlesBorderPixelsOnly() {
        int[] outline = OverlayRenderer.outlines(labels(), id -> id == 1);
        assertThat(outline[2 * W + 1]).isEqualTo(0xFF000000 | OverlayRenderer.colourOf(1));
        assertThat(outline[3 * W + 2]).as("inside particle 1").isZero();
        assertThat(outline[2 * W + 7]).as("particle 2 is filtered out").isZero();
        assertThat(outline[0]).as("background").isZero();
    }

    @Test
    void compositeIsTheDisplayWithOutlinesPaintedOver() {
        BufferedImage composite = OverlayRenderer.render(ramp(), labels(), id -> id == 1);
        BufferedImage display = OverlayRenderer.display(ramp());
        int[] outline = OverlayRenderer.outlines(labels(), id -> id == 1);
        for (int i = 0; i < W * H; i++) {
            int g = display.getRaster().getSample(i % W, i / W, 0);
            int expected = outline[i] != 0 ? outline[i] & 0xFFFFFF : g << 16 | g << 8 | g;
            assertThat(composite.getRGB(i % W, i / W) & 0xFFFFFF).isEqualTo(expected);
        }
    }

    @Test
    void displayStretchesThePercentileRangeToFullScale() {
        BufferedImage display = OverlayRenderer.display(ramp());
        assertThat(display.getRaster().getSample(0, 0, 0)).isZero();
        assertThat(display.getRaster().getSample(W - 1, H - 1, 0)).isEqualTo(255);
        // 0.1 and 99.9 percentiles of 0..95 (numpy linear): 0.095 and 94.905.
        float[] range = DisplayRange.percentiles(ramp().plane(0), 0.1, 99.9);
        assertThat(range[0]).isEqualTo(0.095f, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(range[1]).isEqualTo(94.905f, org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    void excludedAnnotationAreasAreFramedAndHatched() {
        var strip = new io.granula.core.annotate.AnnotationArea(io.granula.core.annotate.AnnotationArea.Kind.DATA_STRIP,
                0, 6, W, H, "strip");
        BufferedImage out = OverlayRenderer.render(ramp(), labels(), id -> true, java.util.List.of(strip));
        assertThat(out.getRGB(5, 6) & 0xFFFFFF).as("frame").isEqualTo(OverlayRenderer.EXCLUDED);
        assertThat(out.getRGB(1, 7) & 0xFFFFFF).as("hatch: x + y = 8").isEqualTo(OverlayRenderer.EXCLUDED);
        assertThat(out.getRGB(3, 3) & 0xFFFFFF).as("outside the area, inside particle 1").isNotEqualTo(OverlayRenderer.EXCLUDED);
    }
}
