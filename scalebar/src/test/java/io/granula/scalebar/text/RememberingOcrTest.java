package io.granula.scalebar.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingOcrTest {
    private static OcrImage crop(String text, double capHeight) {
        LabelScene scene = LabelScene.of(text, new Font("DejaVu Sans", Font.PLAIN, 16));
        return new LabelImagePreparer().prepare(scene.plane(), scene.map(), scene.label(), capHeight, false);
    }

    @Test
    void theSameCropIsAnsweredFromMemoryWithWhatTesseractSaidAndAnythingElseIsRead() {
        try (RememberingOcr ocr = new RememberingOcr(Tesseract.openOrSkip())) {
            OcrImage first = crop("200 nm", 32);
            OcrLine read = ocr.readLine(first, OcrEngine.Characters.LABEL);
            assertThat(read.text()).isEqualTo("200 nm");

            // the same pixels drawn again (a new array): remembered, symbols and all
            OcrLine again = ocr.readLine(crop("200 nm", 32), OcrEngine.Characters.LABEL);
            assertThat(ocr.repeats()).isEqualTo(1);
            assertThat(again).isEqualTo(read);

            // other pixels, or the same pixels under another whitelist or layout, are read
            assertThat(ocr.readLine(crop("500 nm", 32), OcrEngine.Characters.LABEL).text()).isEqualTo("500 nm");
            ocr.readLine(first, OcrEngine.Characters.ANY);
            ocr.readLine(first, OcrEngine.Characters.LABEL, OcrEngine.Layout.RAW_LINE);
            assertThat(ocr.repeats()).isEqualTo(1);

            // a new image starts with nothing remembered
            ocr.forget();
            ocr.readLine(first, OcrEngine.Characters.LABEL);
            assertThat(ocr.repeats()).isZero();
        }
    }
}
