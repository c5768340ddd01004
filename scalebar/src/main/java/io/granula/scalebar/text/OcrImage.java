package io.granula.scalebar.text;

/**
 * An 8-bit grey image, dark text on white, row-major with no padding: what OCR engines read. It
 * remembers where it came from, so OCR's character boxes can be mapped back onto the micrograph:
 * OCR pixel x covers image x {@code originX + (x - margin) / scale}.
 */
public record OcrImage(int width, int height, byte[] pixels, int originX, int originY, double scale, int margin) {
    public OcrImage {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("pixels " + pixels.length + " != " + width + "x" + height);
        }
    }

    /** Image x (pixel-edge coordinate) of OCR pixel-edge coordinate {@code x}. */
    public double toImageX(double x) {
        return originX + (x - margin) / scale;
    }

    /** Image x of the centre of a character OCR read on this image. */
    public double centreX(OcrLine.Symbol s) {
        return (toImageX(s.x0()) + toImageX(s.x1())) / 2;
    }
}
