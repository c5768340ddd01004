package io.granula.scalebar.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingCoverageTest {
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 26);

    /** "20um" read over the field's first four glyphs (2, 0, µ, m), boxes in OCR pixels. */
    private static OcrLine readOverFirstFour(OcrImage image, TextBlock block) {
        List<OcrLine.Symbol> symbols = new ArrayList<>();
        String chars = "20um";
        for (int i = 0; i < chars.length(); i++) {
            Glyph g = block.glyphs().get(i);
            int x0 = (int) Math.round((g.x0() - image.originX()) * image.scale() + image.margin());
            int x1 = (int) Math.round((g.x1() + 1 - image.originX()) * image.scale() + image.margin());
            symbols.add(new OcrLine.Symbol(String.valueOf(chars.charAt(i)), x0, 10, x1, 40));
        }
        return new OcrLine("20 um", symbols);
    }

    /**
     * The field "20 µm" with one more glyph {@code top} to {@code bottom} text heights down, a text
     * height after the m (as texture at the edge of a label's box joins the field).
     */
    private static boolean accountsWithGlyphAfterUnit(double top, double bottom) {
        LabelScene scene = LabelScene.of("20 \u00b5m", FONT);
        TextBlock label = scene.label();
        assertThat(label.glyphs()).hasSize(4);
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), label, 24, false);
        OcrLine line = readOverFirstFour(image, label);
        assertThat(ReadingCoverage.accountsForEveryGlyph(line, image, UnitGlyphClassifier.First.MICRO, scene.map(),
                label, false)).isTrue();

        int t = label.textHeight();
        int x0 = label.x1() + t;
        Glyph extra = new Glyph(9999, x0, label.y0() + (int) (top * t), x0 + t / 3, label.y0() + (int) (bottom * t), t);
        List<Glyph> glyphs = new ArrayList<>(label.glyphs());
        glyphs.add(extra);
        TextBlock field = new TextBlock(glyphs, label.x0(), label.y0(), extra.x1(), label.y1(), label.baseline(), t);
        return ReadingCoverage.accountsForEveryGlyph(line, image, UnitGlyphClassifier.First.MICRO, scene.map(), field, false);
    }

    @Test
    void speckAfterTheUnitIsNotACharacterTheReadingMissed() {
        assertThat(accountsWithGlyphAfterUnit(0.3, 0.7)).isTrue();
    }

    @Test
    void fullHeightGlyphAfterTheUnitIsACharacterTheReadingMissed() {
        assertThat(accountsWithGlyphAfterUnit(0.0, 1.0)).isFalse();
    }

    @Test
    void lowSpeckAfterTheUnitCouldBeAPointAndCounts() {
        assertThat(accountsWithGlyphAfterUnit(0.8, 1.0)).isFalse();
    }
}
