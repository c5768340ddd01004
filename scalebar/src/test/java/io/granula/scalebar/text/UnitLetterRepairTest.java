package io.granula.scalebar.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitLetterRepairTest {
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 16);

    /** A line whose i-th character sits over the field's glyph {@code onGlyph[i]}, boxes in OCR pixels. */
    private static OcrLine line(String text, int[] onGlyph, OcrImage image, TextBlock block) {
        List<OcrLine.Symbol> symbols = new ArrayList<>();
        String chars = text.replace(" ", "");
        for (int i = 0; i < chars.length(); i++) {
            Glyph g = block.glyphs().get(onGlyph[i]);
            int x0 = (int) Math.round((g.x0() - image.originX()) * image.scale() + image.margin());
            int x1 = (int) Math.round((g.x1() + 1 - image.originX()) * image.scale() + image.margin());
            symbols.add(new OcrLine.Symbol(String.valueOf(chars.charAt(i)), x0, 10, x1, 40));
        }
        return new OcrLine(text, symbols);
    }

    @Test
    void digitReadOverTheUnitsFirstLetterBecomesThatLetter() {
        LabelScene scene = LabelScene.of("25 nm", FONT);
        TextBlock block = scene.label();
        assertThat(block.glyphs()).hasSize(4);
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), block, 24, false);
        OcrLine misread = line("251m", new int[]{0, 1, 2, 3}, image, block);

        OcrLine repaired = UnitLetterRepair.repair(misread, image, 'n', scene.map(), block);

        assertThat(repaired.text()).isEqualTo("25nm");
        assertThat(repaired.symbols().get(2).text()).isEqualTo("n");
    }

    @Test
    void digitsOverDigitGlyphsAreLeftAlone() {
        LabelScene scene = LabelScene.of("25 nm", FONT);
        TextBlock block = scene.label();
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), block, 24, false);
        OcrLine read = line("25 nm", new int[]{0, 1, 2, 3}, image, block);

        assertThat(UnitLetterRepair.repair(read, image, 'n', scene.map(), block)).isEqualTo(read);
    }

    @Test
    void digitReadOverTheFinalLetterBecomesAnM() {
        LabelScene scene = LabelScene.of("30 nm", FONT);
        TextBlock block = scene.label();
        assertThat(block.glyphs()).hasSize(4);
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), block, 24, false);
        OcrLine misread = line("30n8", new int[]{0, 1, 2, 3}, image, block);

        assertThat(UnitLetterRepair.repair(misread, image, (char) 0, scene.map(), block).text()).isEqualTo("30nm");
    }
}
