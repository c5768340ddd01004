package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Font;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LabelReaderTest {
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

    private static Optional<LabelReading> read(String text, Font font) {
        LabelScene scene = LabelScene.of(text, font);
        return new LabelReader(ocr).read(scene.plane(), scene.map(), scene.label());
    }

    @ParameterizedTest
    @CsvSource({"0.5 µm, DejaVu Sans, 0.5, µm", "1 μm, DejaVu Serif, 1, µm", "200 nm, DejaVu Sans Mono, 200, nm",
            "1.00um, DejaVu Sans, 1, µm", "2 mm, DejaVu Sans, 2, mm", "100 nm, DejaVu Sans Mono, 100, nm"})
    void readsLabelsTheEnglishModelCannotSpell(String text, String family, double value, String unit) {
        assertThat(read(text, new Font(family, Font.PLAIN, 16)).map(LabelReading::label))
                .contains(new ScaleLabel(value, unit));
    }

    @ParameterizedTest
    @CsvSource({"WD 7.8mm", "HFW 2.98 µm", "X90,000", "5.0kV"})
    void refusesTheOtherFieldsOfAnInfoStrip(String text) {
        assertThat(read(text, new Font("DejaVu Sans", Font.PLAIN, 16))).isEmpty();
    }
    /**
     * Bold serif "5µm": OCR drops the µ ("5m") and the stroke test takes its foot serif for a blob, so
     * no reading accounts for the field; the second choice, for a field nothing else reads, does.
     */
    @ParameterizedTest
    @CsvSource({"25", "28"})
    void aMicroOcrDropsIsNamedByItsFootSerifAsASecondChoice(int size) {
        LabelScene scene = LabelScene.of("5\u00b5m", new Font("DejaVu Serif", Font.BOLD, size));
        LabelReader.Outcome outcome = new LabelReader(ocr).readField(scene.plane(), scene.map(), scene.label());
        assertThat(outcome.reading()).isEmpty();
        assertThat(outcome.secondChoice().map(LabelReading::label)).contains(new ScaleLabel(5, "µm"));
    }
}
