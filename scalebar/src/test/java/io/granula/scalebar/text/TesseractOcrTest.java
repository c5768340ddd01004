package io.granula.scalebar.text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TesseractOcrTest {
    private static TesseractOcr ocr;

    @BeforeAll
    static void open() {
        ocr = Tesseract.openOrSkip();
    }

    @AfterAll
    static void close() {
        if (ocr != null) {
            ocr.close();
        }
    }

    @Test
    void readsALabelWithEachCharacterWhereItIs() {
        LabelScene scene = LabelScene.of("200 nm", new Font("DejaVu Sans", Font.PLAIN, 16));
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), scene.label(), 32, false);
        OcrLine line = ocr.readLine(image, OcrEngine.Characters.LABEL);
        assertThat(line.text()).isEqualTo("200 nm");
        List<OcrLine.Symbol> symbols = line.symbols();
        assertThat(symbols).extracting(OcrLine.Symbol::text).containsExactly("2", "0", "0", "n", "m");
        for (int i = 1; i < symbols.size(); i++) {
            assertThat(symbols.get(i).x0()).isGreaterThan(symbols.get(i - 1).x0());
        }
        // mapped back onto the micrograph, the 2 starts where its glyph does
        assertThat(image.toImageX(symbols.get(0).x0())).isBetween(scene.label().x0() - 2.0, scene.label().x0() + 2.0);
    }

    @Test
    void withoutTheWhitelistLettersOfOtherFieldsAreRead() {
        LabelScene scene = LabelScene.of("WD 7.8mm", new Font("DejaVu Sans", Font.PLAIN, 18));
        OcrImage image = new LabelImagePreparer().prepare(scene.plane(), scene.map(), scene.label(), 32, false);
        assertThat(ocr.readLine(image, OcrEngine.Characters.ANY).text()).contains("WD");
    }

    @Test
    void aMissingEnglishModelIsReportedWithHowToInstallIt(@TempDir Path empty) {
        assertThatThrownBy(() -> TesseractOcr.open(empty))
                .isInstanceOf(OcrUnavailableException.class)
                .hasMessageContaining("eng.traineddata").hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-eng");
    }
}
