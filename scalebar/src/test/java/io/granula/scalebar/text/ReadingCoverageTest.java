package io.granula.scalebar.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    /**
     * As above, with the glyphs' ink strengths: the label's four at 1, and one more glyph inked at
     * {@code extra} a text height after the m: a particle (reaching from half a text height above the
     * line to a third below it) or, {@code letterLike}, a glyph standing on the baseline at the
     * digits' height.
     */
    private static boolean accountsWithGlyphInked(double extra, boolean letterLike) {
        LabelScene scene = LabelScene.of("20 \u00b5m", FONT);
        TextBlock label = scene.label();
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), label, 24, false);
        OcrLine line = readOverFirstFour(image, label);
        int t = label.textHeight();
        int x0 = label.x1() + t;
        Glyph glyph = letterLike ? new Glyph(9999, x0, label.baseline() - t + 1, x0 + t / 2, label.baseline(), t)
                : new Glyph(9999, x0, label.y0() - t / 2, x0 + t, label.baseline() + t / 3, t * t);
        List<Glyph> glyphs = new ArrayList<>(label.glyphs());
        glyphs.add(glyph);
        TextBlock field = new TextBlock(glyphs, label.x0(), Math.min(label.y0(), glyph.y0()), glyph.x1(),
                Math.max(label.y1(), glyph.y1()), label.baseline(), t);
        InkStrengths strengths = new InkStrengths(new double[]{1.0, 0.95, 1.02, 0.98, extra});
        return ReadingCoverage.accountsForEveryGlyph(line, image, UnitGlyphClassifier.First.MICRO, scene.map(), field,
                false, strengths);
    }

    @Test
    void particleInkedUnlikeTheLabelIsSpecimenNotAMissedCharacter() {
        // a particle darker than a grey label, joined to its field
        assertThat(accountsWithGlyphInked(2.1, false)).isTrue();
        // a paler blob
        assertThat(accountsWithGlyphInked(0.5, false)).isTrue();
    }

    @Test
    void particleInkedLikeTheLabelIsStillACharacterTheReadingMissed() {
        assertThat(accountsWithGlyphInked(1.1, false)).isFalse();
        assertThat(accountsWithGlyphInked(Double.NaN, false)).isFalse();
    }

    @Test
    void aLetterOnTheLineInkedOtherwiseIsStillACharacter() {
        // a strip's next field ("25.10 µm CBS") on a local-contrast plane, where inks differ
        assertThat(accountsWithGlyphInked(2.1, true)).isFalse();
    }

    @Test
    void inkStrengthsOfOneLabelAgree() {
        LabelScene scene = LabelScene.of("200 nm", FONT);
        InkStrengths s = InkStrengths.measure(scene.plane(), scene.map(), scene.label());
        assertThat(s.byGlyph()).hasSize(5);
        for (double v : s.byGlyph()) {
            assertThat(v).isCloseTo(s.byGlyph()[0], within(ReadingCoverage.OTHER_INK / 3));
        }
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
    /** "200 nm" read glyph by glyph, and the field with a point-sized glyph on the baseline at x {@code at}. */
    private static boolean pointAmidDigits(java.util.function.ToIntFunction<TextBlock> at) {
        LabelScene scene = LabelScene.of("200 nm", FONT);
        TextBlock label = scene.label();
        assertThat(label.glyphs()).hasSize(5);
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), label, 24, false);
        OcrLine line = scene.readGlyphByGlyph("200nm", image);
        int t = label.textHeight();
        int x0 = at.applyAsInt(label);
        Glyph point = new Glyph(9999, x0, label.baseline() - t / 6, x0 + t / 6, label.baseline(), t);
        List<Glyph> glyphs = new ArrayList<>(label.glyphs());
        glyphs.add(point);
        glyphs.sort(java.util.Comparator.comparingInt(Glyph::x0));
        TextBlock field = new TextBlock(glyphs, Math.min(label.x0(), x0), label.y0(), Math.max(label.x1(), point.x1()),
                label.y1(), label.baseline(), t);
        assertThat(ReadingCoverage.hasPoint(field)).as("the field has a point-sized glyph").isTrue();
        return ReadingCoverage.hasPointAmidDigits(line, image, field);
    }

    @Test
    void aPointBetweenTwoDigitsReadIsOneTheReadingLost() {
        // in the gap between the first and second digit
        assertThat(pointAmidDigits(l -> (l.glyphs().get(0).x1() + l.glyphs().get(1).x0()) / 2)).isTrue();
    }

    @Test
    void aSpeckBeyondTheDigitsIsNoLostPoint() {
        assertThat(pointAmidDigits(l -> l.x1() + l.textHeight() / 2)).as("after the unit").isFalse();
        assertThat(pointAmidDigits(l -> l.x0() - l.textHeight() / 2)).as("before the number").isFalse();
        assertThat(pointAmidDigits(l -> (l.glyphs().get(2).x1() + l.glyphs().get(3).x0()) / 2)).as("before the unit")
                .isFalse();
    }

    /**
     * "200 nm" read glyph by glyph, and the field with a speck of a sixth of the text height in the gap
     * between the number and the unit, its top {@code top} text heights below the baseline (negative:
     * above it).
     */
    private static boolean accountsWithSpeckUnderTheDigits(double top) {
        LabelScene scene = LabelScene.of("200 nm", FONT);
        TextBlock label = scene.label();
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), label, 24, false);
        OcrLine line = scene.readGlyphByGlyph("200nm", image);
        assertThat(ReadingCoverage.accountsForEveryGlyph(line, image, UnitGlyphClassifier.First.N, scene.map(), label,
                false)).as("the label alone").isTrue();
        int t = label.textHeight();
        int x0 = (label.glyphs().get(2).x1() + label.glyphs().get(3).x0()) / 2 - t / 12;
        int y0 = label.baseline() + (int) Math.round(top * t);
        Glyph speck = new Glyph(9999, x0, y0, x0 + t / 6, y0 + t / 6, t);
        List<Glyph> glyphs = new ArrayList<>(label.glyphs());
        glyphs.add(speck);
        glyphs.sort(java.util.Comparator.comparingInt(Glyph::x0));
        TextBlock field = new TextBlock(glyphs, label.x0(), label.y0(), label.x1(), Math.max(label.y1(), speck.y1()),
                label.baseline(), t);
        return ReadingCoverage.accountsForEveryGlyph(line, image, UnitGlyphClassifier.First.N, scene.map(), field, false);
    }

    @Test
    void aSpeckStartingUnderTheBaselineIsNoCharacterTheReadingMissed() {
        assertThat(accountsWithSpeckUnderTheDigits(0.3)).isTrue();
    }

    @Test
    void aSpeckReachingAboveTheBaselineStillCounts() {
        // where a decimal point or comma would be: the reading must account for it
        assertThat(accountsWithSpeckUnderTheDigits(-0.1)).isFalse();
    }
}
