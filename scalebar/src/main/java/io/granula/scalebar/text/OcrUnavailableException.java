package io.granula.scalebar.text;

/** Tesseract cannot be used here; the message says why and how to install it. */
public class OcrUnavailableException extends Exception {
    public static final String INSTALL_HINT =
            "install Tesseract OCR with its English data (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-eng;"
                    + " Fedora: sudo dnf install tesseract tesseract-langpack-eng; macOS: brew install tesseract)";

    public OcrUnavailableException(String problem, Throwable cause) {
        super(problem + "; " + INSTALL_HINT, cause);
    }
}
