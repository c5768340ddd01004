package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelPlausibilityTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 2.5, 3, 5, 10, 20, 25, 50, 100, 150, 250, 500, 0.5, 0.25, 0.1, 7.5, 1000})
    void valuesScaleBarsShowAreRound(double v) {
        assertThat(LabelReader.isRound(v)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.58, 108, 16, 266, 56.21, 1.06, 12, 0.37})
    void ocrSlipsAreNot(double v) {
        assertThat(LabelReader.isRound(v)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"266, 200", "6.58, 0.5", "106, 100", "56.6, 50", "258, 250", "16, 10"})
    void dottedZerosReadAsSixOrEightAreZeros(double read, double meant) {
        LabelReading r = new LabelReading(new ScaleLabel(read, "nm"), "", new TextBlock(List.of(), 0, 0, 0, 0, 0, 1), 1);
        assertThat(LabelReader.dottedZerosRead(r)).hasValue(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WD 7.8mm", "HFW 2.98 um", "5.0kV", "X90,000", "Mag = 50 K X", "EHT = 5 kV"})
    void otherFieldsShowLettersNoLabelHas(String text) {
        assertThat(LabelReader.onlyLabelLetters(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"200 nm", "0.5 pm", "1 yum", "2.5 Qum", "lum", "5O nm"})
    void labelsAsOcrSpellsThemPass(String text) {
        assertThat(LabelReader.onlyLabelLetters(text)).isTrue();
    }
}
