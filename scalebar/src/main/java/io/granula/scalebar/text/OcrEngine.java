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

    /** The line's text and where each character is. */
    OcrLine readLine(OcrImage image, Characters characters);

    @Override
    void close();
}
