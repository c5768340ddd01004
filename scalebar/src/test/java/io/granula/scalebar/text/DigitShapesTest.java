package io.granula.scalebar.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class DigitShapesTest {

    private static Glyph firstDigit(LabelScene scene) {
        return scene.label().glyphs().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"})
    void aThreeIsNotAFiveNorANine(String family) {
        LabelScene scene = LabelScene.of("3 µm", new Font(family, Font.PLAIN, 16));
        Glyph three = firstDigit(scene);

        assertThat(DigitShapes.contradicts('3', scene.map(), three)).isFalse();
        assertThat(DigitShapes.contradicts('5', scene.map(), three)).isTrue();
        assertThat(DigitShapes.contradicts('9', scene.map(), three)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"})
    void aFiveIsNotAThreeNorANine(String family) {
        LabelScene scene = LabelScene.of("5 µm", new Font(family, Font.PLAIN, 16));
        Glyph five = firstDigit(scene);

        assertThat(DigitShapes.contradicts('5', scene.map(), five)).isFalse();
        assertThat(DigitShapes.contradicts('3', scene.map(), five)).isTrue();
        assertThat(DigitShapes.contradicts('9', scene.map(), five)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"})
    void aNineIsNeither(String family) {
        LabelScene scene = LabelScene.of("9 µm", new Font(family, Font.PLAIN, 16));
        Glyph nine = firstDigit(scene);

        assertThat(DigitShapes.contradicts('9', scene.map(), nine)).isFalse();
        assertThat(DigitShapes.contradicts('3', scene.map(), nine)).isFalse();
        assertThat(DigitShapes.contradicts('5', scene.map(), nine)).isFalse();
    }
}
