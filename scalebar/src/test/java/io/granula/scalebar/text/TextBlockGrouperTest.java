package io.granula.scalebar.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class TextBlockGrouperTest {

    @Test
    void wordSpacesKeepAFieldWholeWiderGapsSplitFields() {
        LabelScene scene = LabelScene.of("200 nm      WD 7.8mm", new Font("DejaVu Sans", Font.PLAIN, 16));
        assertThat(scene.blocks()).hasSize(2);
        assertThat(scene.blocks().get(0).glyphs()).hasSize(5);
        // W, D, 7, point, 8, m, m
        assertThat(scene.blocks().get(1).glyphs()).hasSize(7);
    }

    @Test
    void theDecimalPointJoinsItsLabelAndTheBaselineIgnoresTheMicroDescender() {
        LabelScene scene = LabelScene.of("0.5 µm", new Font("DejaVu Sans", Font.PLAIN, 18));
        TextBlock label = scene.label();
        assertThat(label.glyphs()).hasSize(5);
        Glyph point = label.glyphs().get(1);
        assertThat(point.height()).isLessThan(label.textHeight() / 3);
        Glyph micro = label.glyphs().get(3);
        assertThat(micro.y1()).isGreaterThan(label.baseline() + 2);
        assertThat(label.glyphs().get(0).y1()).isEqualTo(label.baseline());
    }

    @Test
    void theDotOfADottedZeroIsNoCharacter() {
        LabelScene scene = LabelScene.of("100 nm", new Font("DejaVu Sans Mono", Font.PLAIN, 24));
        assertThat(scene.label().glyphs()).hasSize(5);
    }
}
