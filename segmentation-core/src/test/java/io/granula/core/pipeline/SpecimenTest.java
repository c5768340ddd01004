package io.granula.core.pipeline;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.annotate.Exclusion;
import io.granula.core.image.Image2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SpecimenTest {
    private static final int W = 64;
    private static final int H = 48;

    private static Image2D noise() {
        Random random = new Random(7);
        float[] pixels = new float[W * H];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(256);
        }
        return Image2D.gray(W, H, pixels);
    }

    private static void assertCutsAsTheExclusionDoes(List<AnnotationArea> areas) {
        Image2D gray = noise();
        Exclusion exclusion = Exclusion.of(areas, W, H);
        Image2D once = exclusion.specimen(gray);
        Specimen specimen = new Specimen(gray, exclusion);
        for (int pass = 0; pass < 2; pass++) {
            Image2D cut = specimen.image();
            assertThat(cut.width()).isEqualTo(once.width()).isEqualTo(specimen.width());
            assertThat(cut.height()).isEqualTo(once.height()).isEqualTo(specimen.height());
            assertThat(cut.plane(0)).containsExactly(once.plane(0));
        }
    }

    @Test
    void aDataStripIsCutOffAtEveryPassAsOnce() {
        assertCutsAsTheExclusionDoes(List.of(new AnnotationArea(AnnotationArea.Kind.DATA_STRIP, 0, 40, W, H, "strip")));
    }

    @Test
    void areasInsideTheSpecimenArePaintedWithTheSameMedianAtEveryPass() {
        assertCutsAsTheExclusionDoes(List.of(new AnnotationArea(AnnotationArea.Kind.DATA_STRIP, 0, 40, W, H, "strip"),
                new AnnotationArea(AnnotationArea.Kind.SCALE_BAR, 5, 30, 25, 34, "bar")));
    }

    @Test
    void withNothingLeftOutTheImageItselfIsSegmented() {
        Image2D gray = noise();
        Specimen specimen = new Specimen(gray, Exclusion.of(List.of(), W, H));
        assertThat(specimen.image()).isSameAs(gray);
        assertThat(specimen.width()).isEqualTo(W);
        assertThat(specimen.height()).isEqualTo(H);
    }
}
