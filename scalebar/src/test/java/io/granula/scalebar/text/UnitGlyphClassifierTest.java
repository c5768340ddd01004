package io.granula.scalebar.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class UnitGlyphClassifierTest {

    @ParameterizedTest
    @CsvSource({
            "1 µm, DejaVu Sans, 18, MICRO", "0.5 μm, DejaVu Sans, 14, MICRO", "20µm, DejaVu Serif, 20, MICRO",
            "5 µm, DejaVu Sans Mono, 16, MICRO", "200 nm, DejaVu Sans, 18, N", "50nm, DejaVu Serif, 16, N",
            "2 mm, DejaVu Sans, 18, M", "1 mm, DejaVu Sans Mono, 20, M", "5 um, DejaVu Sans, 18, U", "10 um, DejaVu Serif, 20, U"})
    void theUnitsFirstLetterIsReadFromItsShape(String text, String family, int size, UnitGlyphClassifier.First expected) {
        LabelScene scene = LabelScene.of(text, new Font(family, Font.PLAIN, size));
        assertThat(new UnitGlyphClassifier().classify(scene.map(), scene.label())).isEqualTo(expected);
    }
}
