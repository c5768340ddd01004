package io.granula.scalebar.text;

/** An 8-bit grey image, dark text on white, row-major with no padding: what OCR engines read. */
public record OcrImage(int width, int height, byte[] pixels) {
    public OcrImage {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("pixels " + pixels.length + " != " + width + "x" + height);
        }
    }
}
