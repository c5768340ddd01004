package io.granula.scalebar.text;

/**
 * Reads one line of text. The seam between label reading and the OCR library: the scale-bar reader
 * works with {@link TesseractOcr} when libtesseract is installed and measures bars without reading
 * labels when it is not.
 */
public interface OcrEngine extends AutoCloseable {
    /** Which characters the engine may answer with. */
    enum Characters {
        /** Digits, '.', ',', space and n, m, u, µ: what labels are made of. */
        LABEL,
        /** Anything the model knows: to see whether a field holds letters a label never has. */
        ANY
    }

    /**
     * How the line is laid out before recognition. Tesseract's single-line mode and its raw-line mode
     * (no baseline and x-height fitting) misread different small labels ("2.5" as "2.0" in one,
     * "1µm" not at all in the other), so the two are second opinions for each other.
     */
    enum Layout {
        SINGLE_LINE,
        RAW_LINE
    }

    /** The line's text and where each character is. */
    default OcrLine readLine(OcrImage image, Characters characters) {
        return readLine(image, characters, Layout.SINGLE_LINE);
    }

    /** The line's text and where each character is, laid out as {@code layout} says. */
    OcrLine readLine(OcrImage image, Characters characters, Layout layout);

    /**
     * A single word (or, with {@code oneCharacter}, a single character) with any characters, and the
     * engine's confidence in it, 0..100. Printed-text detection needs the confidence: a round particle
     * read as "o" or "e" is a guess. Engines that give none answer 0, so nothing is confirmed with them.
     */
    default OcrWord readWord(OcrImage image, boolean oneCharacter) {
        return new OcrWord(readLine(image, Characters.ANY).text(), 0);
    }

    @Override
    void close();
}
