package io.granula.app.gui.session;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.pipeline.ResultsKeys;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationMarkTest {

    @Test
    void dataStripsAndPrintedTextOfTheAnalysisAreMarkedButTheScaleBarIsLeftToItsOwnBox() {
        List<Map<String, Object>> areas = List.of(
                new AnnotationArea(AnnotationArea.Kind.DATA_STRIP, 0, 880, 1024, 960, "zeiss strip").toJson(),
                new AnnotationArea(AnnotationArea.Kind.SCALE_BAR, 700, 900, 820, 910, "scalebar").toJson(),
                new AnnotationArea(AnnotationArea.Kind.SCALE_LABEL, 720, 912, 800, 930, "scalebar").toJson(),
                new AnnotationArea(AnnotationArea.Kind.TEXT, 10, 12, 40, 38, "(b)").toJson());

        List<AnnotationMark> marks = AnnotationMark.fromDetails(Map.of(ResultsKeys.EXCLUDED_AREAS, areas));

        assertThat(marks).extracting(AnnotationMark::kind).containsExactly("data_strip", "text");
        assertThat(marks.get(0)).isEqualTo(new AnnotationMark("data_strip", 0, 880, 1024, 960, "zeiss strip"));
        assertThat(marks.get(1).caption()).isEqualTo("not measured: text");
        assertThat(marks.get(0).caption()).isEqualTo("not measured: data strip");
    }

    @Test
    void aRunRecordWithoutAreasOrWithMalformedOnesGivesNoMarks() {
        assertThat(AnnotationMark.fromDetails(Map.of())).isEmpty();
        assertThat(AnnotationMark.fromDetails(Map.of(ResultsKeys.EXCLUDED_AREAS, "none"))).isEmpty();
        assertThat(AnnotationMark.fromDetails(Map.of(ResultsKeys.EXCLUDED_AREAS,
                List.of(Map.of("kind", "text", "x0", 1, "y0", 2))))).isEmpty();
    }

    @Test
    void aHandEditKeepsTheAreasTheAnalysisLeftOut() {
        ImageResult r = ImageResult.of(Image2D.gray(4, 4, new float[16]), null, null,
                Calibration.none(), null,
                List.of(new AnnotationMark("text", 0, 0, 2, 2, "a")));
        assertThat(r.withParticles(null, null, r.calibration(), null).leftOut()).isEqualTo(r.leftOut());
    }
}
