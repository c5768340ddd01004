package io.granula.scalebar.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class LetterHeightsTest {

    private static boolean letterOverDigit(String drawn, String read, String family) {
        LabelScene scene = LabelScene.of(drawn, new Font(family, Font.PLAIN, 20));
        TextBlock label = scene.label();
        assertThat(label.glyphs()).hasSize(read.length());
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), label, 24, false);
        return LetterHeights.letterOverDigitHeight(scene.readGlyphByGlyph(read, image), image, scene.map(), label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"})
    void aZeroReadAsAUnitLetterIsCaught(String family) {
        assertThat(letterOverDigit("50nm", "5nnm", family)).as("50nm read as 5nnm").isTrue();
        assertThat(letterOverDigit("50\u00b5m", "5uum", family)).as("50µm read as 5uum").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"})
    void rightlyReadUnitLettersAreNotCaught(String family) {
        assertThat(letterOverDigit("50nm", "50nm", family)).isFalse();
        assertThat(letterOverDigit("50\u00b5m", "50um", family)).isFalse();
        assertThat(letterOverDigit("2mm", "2mm", family)).isFalse();
    }
}
