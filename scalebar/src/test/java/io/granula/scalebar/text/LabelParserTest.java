package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LabelParserTest {
    private final LabelParser parser = new LabelParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "200 nm|200|nm",
            "500nm|500|nm",
            "0.5 µm|0.5|µm",
            "2,5 um|2.5|µm",
            "1.00um|1|µm",
            "10 μm|10|µm",
            "2 mm|2|mm",
            "1,000 nm|1000|nm"})
    void readsValueAndUnitOfPlainLabels(String text, double value, String unit) {
        assertThat(parser.parse(text)).contains(new ScaleLabel(value, unit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 um", "1 pm", "1 ym", "1 yum", "1 jum", "1 pum", "1 wm", "1µm", "1 μm"})
    void everySpellingOcrGivesMicroIsMicrometres(String text) {
        assertThat(parser.parse(text)).contains(new ScaleLabel(1, "µm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WD 7.8mm", "WD = 4.1 mm", "X90,000", "x50.0k", "5.0kV", "EHT = 5.00 kV",
            "HFW 2.98 µm", "Mag = 50.00 K X", "SE(M)", "200", "nm", "0 nm", "12 km", "20 nm WD"})
    void infoStripFieldsAreNotLabels(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1 00um|1.00", "30. um|30", "0. 10um|0.10", "1O0 nm|100", "l00 nm|100"})
    void ocrSpacingAndLetterDigitsAreRepaired(String text, String number) {
        assertThat(parser.split(text)).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(Double.parseDouble(number)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lum|1um", "5O nm|50 nm", "Sum|5um", "200 nm|200 nm"})
    void lettersBeforeTheUnitStandForDigits(String unrestricted, String expected) {
        assertThat(LabelParser.digitsForLetters(unrestricted)).isEqualTo(expected);
    }
    /** The characters' boxes carry the digits too, so checks on where letters lie see no letter there. */
    @org.junit.jupiter.api.Test
    void lettersBeforeTheUnitStandForDigitsInTheCharactersBoxesToo() {
        OcrLine read = new OcrLine("5O um", java.util.List.of(new OcrLine.Symbol("5", 0, 0, 9, 20),
                new OcrLine.Symbol("O", 10, 0, 19, 20), new OcrLine.Symbol("u", 25, 5, 33, 20),
                new OcrLine.Symbol("m", 34, 5, 46, 20)));
        OcrLine digits = LabelParser.digitsForLetters(read);
        assertThat(digits.text()).isEqualTo("50 um");
        assertThat(digits.symbols()).extracting(OcrLine.Symbol::text).containsExactly("5", "0", "u", "m");
        assertThat(digits.symbols().get(1).x0()).isEqualTo(10);
    }
}
