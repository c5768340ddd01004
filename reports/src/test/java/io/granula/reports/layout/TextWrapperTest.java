package io.granula.reports.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextWrapperTest {

    @Test
    void linesFitTheWidthAndKeepEveryWord() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            TextStyle ts = new TextStyle(ReportFonts.load(doc).regular(), 9f, Color.BLACK);
            String text = "The equivalent circular diameter is the diameter of the disc with the same projected area "
                    + "as the particle, an ISO 9276-6 descriptor.\nSecond paragraph: Supercalifragilisticexpialidocious";
            List<String> lines = TextWrapper.wrap(text, ts, 120f);
            assertThat(lines).allSatisfy(l -> assertThat(ts.width(l)).isLessThanOrEqualTo(120f));
            // Every character survives, in order; only spaces and line ends move.
            assertThat(String.join("", lines).replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
            assertThat(lines).as(lines.toString()).contains("Second paragraph:");
            assertThat(lines).hasSizeGreaterThan(4);
        }
    }

    @Test
    void characterTheFontLacksPrintsAsQuestionMark() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFont font = ReportFonts.load(doc).regular();
            assertThat(font.printable("µm μm Å ²")).isEqualTo("µm μm Å ²");
            assertThat(font.printable("a\u0001b\u4E2D")).isEqualTo("a b?");
        }
    }
}
