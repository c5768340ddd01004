package io.granula.scalebar.text;

import org.junit.jupiter.api.Assumptions;

/** Tests that need the real Tesseract skip, saying why, where it is not installed. */
public final class Tesseract {
    private Tesseract() {
    }

    public static TesseractOcr openOrSkip() {
        try {
            return TesseractOcr.open();
        } catch (OcrUnavailableException e) {
            Assumptions.abort("Tesseract not available here: " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }
}
