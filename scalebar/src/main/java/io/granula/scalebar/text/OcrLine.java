package io.granula.scalebar.text;

import java.util.List;

/**
 * What OCR read on one line: the text, and each character with its box in the OCR image
 * ({@code x1}, {@code y1} exclusive).
 */
public record OcrLine(String text, List<Symbol> symbols) {
    public OcrLine {
        symbols = List.copyOf(symbols);
    }

    public record Symbol(String text, int x0, int y0, int x1, int y1) {
    }
}
