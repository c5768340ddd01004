package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;
import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit OCR read as one letter where the glyph's shape shows another is reported for confirmation. */
class ShapeAgainstOcrTest {
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 20);

    private static LabelReading reconcile(String drawn, String read) {
        LabelScene scene = LabelScene.of(drawn, FONT);
        TextBlock label = scene.label();
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), label, 24, false);
        UnitGlyphClassifier.First shape = new UnitGlyphClassifier().classify(scene.map(), label);
        assertThat(shape).isEqualTo(UnitGlyphClassifier.First.MICRO);
        // reconcile never calls the engine: no OCR behind this reader
        return new LabelReader(null).reconcile(scene.readGlyphByGlyph(read, image), image, shape, scene.map(), label, 1.0)
                .orElseThrow();
    }

    @Test
    void aMicroShapeReadAsNByOcrIsBelowTheThreshold() {
        LabelReading r = reconcile("50\u00b5m", "50nm");
        assertThat(r.label()).isEqualTo(new ScaleLabel(50, "µm"));
        assertThat(r.confidence()).isLessThan(io.granula.scalebar.ScaleBarReader.CONFIDENCE_THRESHOLD);
    }

    @Test
    void aMicroShapeReadAsUByOcrKeepsItsConfidence() {
        assertThat(reconcile("50\u00b5m", "50um").confidence()).isEqualTo(1.0);
    }
}
