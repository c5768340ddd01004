package io.granula.app.service;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.image.Image2D;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationAreasTest {
    private static final Image2D NOISE = noise();

    private static Image2D noise() {
        java.util.Random r = new java.util.Random(5);
        float[] p = new float[300 * 200];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (120 + 20 * r.nextGaussian());
        }
        return Image2D.gray(300, 200, p);
    }

    private static Map<String, Object> scaleBar(boolean found) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("found", found);
        m.put("bar", Map.of("x0", 200.4, "x1", 280.0, "y0", 180.0, "y1", 184.0));
        m.put("text", Map.of("raw", "500 nm", "x0", 215, "y0", 160, "x1", 265, "y1", 175));
        return m;
    }

    @Test
    void scaleBarAndLabelOnTheSpecimenAreExcludedWithAMargin() {
        List<AnnotationArea> areas = AnnotationAreas.find(NOISE, scaleBar(true));

        assertThat(areas).extracting(AnnotationArea::kind)
                .containsExactly(AnnotationArea.Kind.SCALE_BAR, AnnotationArea.Kind.SCALE_LABEL);
        assertThat(areas.get(0)).extracting(AnnotationArea::x0, AnnotationArea::y0, AnnotationArea::x1, AnnotationArea::y1)
                .containsExactly(197, 177, 283, 187);
        assertThat(areas.get(1)).extracting(AnnotationArea::x0, AnnotationArea::y1).containsExactly(212, 178);
    }

    @Test
    void aBarWhoseLabelReadsNothingIsNotLeftOutForItMayBeAParticle() {
        Map<String, Object> unread = scaleBar(true);
        unread.put("text", Map.of("x0", 215, "y0", 160, "x1", 265, "y1", 175));

        assertThat(AnnotationAreas.find(NOISE, unread)).isEmpty();
    }

    @Test
    void noScaleBarFoundMeansNoScaleBarArea() {
        assertThat(AnnotationAreas.find(NOISE, scaleBar(false))).isEmpty();
        assertThat(AnnotationAreas.find(NOISE, Map.of())).isEmpty();
    }
}
