package io.granula.scalebar.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Font;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigitShapesTest {

    /** Whether reading the first glyph of "{drawn} µm" (in the family at the size) as {@code read} is contradicted. */
    private static boolean contradicts(char read, char drawn, String family, int size) {
        LabelScene scene = LabelScene.of(drawn + " µm", new Font(family, Font.PLAIN, size));
        return DigitShapes.contradicts(read, scene.map(), scene.label().glyphs().get(0));
    }

    /** The check must never refuse a right reading: it only speaks on clear evidence. */
    @ParameterizedTest
    @CsvSource({"DejaVu Sans, 12", "DejaVu Sans, 16", "DejaVu Sans, 20", "DejaVu Serif, 12", "DejaVu Serif, 16",
            "DejaVu Serif, 20", "DejaVu Sans Mono, 12", "DejaVu Sans Mono, 16", "DejaVu Sans Mono, 20", "DejaVu Sans, 10",
            "DejaVu Serif, 10", "DejaVu Sans Mono, 10", "DejaVu Sans, 14", "DejaVu Serif, 14", "DejaVu Sans Mono, 14",
            "DejaVu Sans Condensed, 12", "DejaVu Serif Condensed, 12", "DejaVu Sans, 28", "DejaVu Serif, 28"})
    void aRightReadingIsNeverContradicted(String family, int size) {
        for (char d : "35689".toCharArray()) {
            assertThat(contradicts(d, d, family, size)).as("%s read as itself", d).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"})
    void theConfusionsTesseractMakesAreCaught(String family) {
        assertThat(contradicts('5', '3', family, 16)).as("3 read as 5").isTrue();
        assertThat(contradicts('9', '3', family, 16)).as("3 read as 9").isTrue();
        assertThat(contradicts('3', '5', family, 16)).as("5 read as 3").isTrue();
        assertThat(contradicts('9', '5', family, 16)).as("5 read as 9").isTrue();
    }

    /** DejaVu Sans Mono's 0 has a dot in its middle, which Tesseract takes for an 8's crossing at small sizes. */
    @ParameterizedTest
    @CsvSource({"DejaVu Sans Mono, 12", "DejaVu Sans Mono, 14", "DejaVu Sans Mono, 16", "DejaVu Sans Mono, 20",
            "DejaVu Sans, 12", "DejaVu Sans, 16", "DejaVu Serif, 12", "DejaVu Serif, 16"})
    void aZeroReadAsEightIsCaught(String family, int size) {
        assertThat(contradicts('8', '0', family, size)).as("0 read as 8").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DejaVu Sans, 12", "DejaVu Sans, 20", "DejaVu Serif, 12", "DejaVu Serif, 20", "DejaVu Sans Mono, 16"})
    void aZeroReadAsSixIsCaught(String family, int size) {
        assertThat(contradicts('6', '0', family, size)).as("0 read as 6").isTrue();
    }

    /**
     * The 5 of held-out PLAIN_LINE-018 of seed 16 (DejaVu Serif Condensed, 11 px cap, JPEG q62) as the
     * glyph finder saw it: '#' core ink, '+' fringe. Its left stroke fades to fringe in the row where it
     * turns into the bowl, and the fringe still counts as ink on that side ("5 µm" was read "3 um",
     * trusted).
     */
    @Test
    void aSmallFiveWhoseStrokeFadesToFringeReadAsThreeIsCaught() {
        String[] rows = {
                "..+++..",
                ".#####+",
                "#....+.",
                "#......",
                "++.....",
                ".####..",
                ".....#.",
                ".....#.",
                ".....#+",
                "#....#.",
                "#...#+.",
                "#####+.",
                ".+....."};
        int w = rows[0].length();
        int h = rows.length;
        int[] labels = new int[w * h];
        boolean[] strong = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                char c = rows[y].charAt(x);
                labels[y * w + x] = c == '.' ? 0 : 1;
                strong[y * w + x] = c == '#';
            }
        }
        Glyph five = new Glyph(1, 0, 0, w - 1, h - 1, 40, List.of(1));
        GlyphMap map = new GlyphMap(0, 0, w, h, labels, strong, List.of(five), 1, 0);
        assertThat(DigitShapes.contradicts('3', map, five)).as("5 read as 3").isTrue();
        assertThat(DigitShapes.contradicts('5', map, five)).as("5 read as itself").isFalse();
    }
}
