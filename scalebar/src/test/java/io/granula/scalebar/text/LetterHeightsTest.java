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

    /**
     * "200µm" with a speck of the specimen joined to the top of its 2, which raises the field's top
     * above the digits': the third glyph, a 0 read as u, still stands as tall as the other 0.
     */
    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Sans", "DejaVu Serif"})
    void aZeroReadAsULeftOfASpeckRaisedDigitIsCaught(String family) {
        LabelScene scene = LabelScene.of("200\u00b5m", new Font(family, Font.PLAIN, 20), g -> g.fillRect(63, 51, 3, 5));
        TextBlock label = scene.label();
        assertThat(label.glyphs()).hasSize(5);
        assertThat(label.y0()).as("the speck raised the field's top").isLessThan(label.glyphs().get(1).y0() - 2);
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), label, 24, false);
        assertThat(LetterHeights.letterOverDigitHeight(scene.readGlyphByGlyph("20uum", image), image, scene.map(), label))
                .isTrue();
        assertThat(LetterHeights.letterOverDigitHeight(scene.readGlyphByGlyph("200um", image), image, scene.map(), label))
                .isFalse();
    }
}
