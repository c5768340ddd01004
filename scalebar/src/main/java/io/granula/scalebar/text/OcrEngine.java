package io.granula.scalebar.text;

/**
 * Reads one line of label text. The seam between label reading and the OCR library: the scale-bar
 * reader works with {@link TesseractOcr} when libtesseract is installed and measures bars without
 * reading labels when it is not.
 */
public interface OcrEngine extends AutoCloseable {
    /** The text on a single line, restricted to digits, '.', ',', space and the letters n, m, u, µ. */
    String readLine(OcrImage image);

    @Override
    void close();
}
