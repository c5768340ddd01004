package io.granula.reports.image;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Puts a raster into the PDF at the resolution it will be printed at, in the encoding that suits
 * it. The report must stay under 5 MB for 20 images, so:
 * <ul>
 *   <li>pixels beyond {@code dpi} at the printed size are never stored (downscaled, never up);</li>
 *   <li>flat images (synthetic, graphics, annotation crops) are stored losslessly with Flate,
 *       which compresses flat areas far better than JPEG and keeps edges sharp;</li>
 *   <li>photographic images (micrographs) are stored as JPEG at quality 0.85, or lower when
 *       that does not fit the image's byte budget ({@link JpegEncoder#within}): a clean
 *       micrograph keeps 0.85, a noisy one (sensor noise is what JPEG codes worst) steps down
 *       rather than blow the budget;</li>
 *   <li>outline layers go through {@link OutlineLayer}: pixel-exact, a few tens of kilobytes.</li>
 * </ul>
 */
public final class ImageEmbedder {
    private static final double FLAT_FRACTION = 0.5;

    private ImageEmbedder() {
    }

    /** Embeds {@code image} for printing at {@code widthPt} x {@code heightPt} points, with no byte budget. */
    public static PDImageXObject embed(PDDocument document, BufferedImage image, float widthPt, float heightPt, int dpi) {
        return encode(image, pixels(widthPt, dpi), pixels(heightPt, dpi), Long.MAX_VALUE).toXObject(document);
    }

    /**
     * Codes {@code image} fitted within {@code maxWidth} x {@code maxHeight} pixels: Flate when it
     * is flat, else a JPEG within {@code maxBytes} ({@link JpegEncoder#within}). Needs no document,
     * so it may run on any thread.
     */
    public static EncodedImage encode(BufferedImage image, int maxWidth, int maxHeight, long maxBytes) {
        BufferedImage scaled = opaqueRgbOrGray(Downscaler.fitWithin(image, maxWidth, maxHeight));
        int w = scaled.getWidth();
        int h = scaled.getHeight();
        if (isFlat(scaled)) {
            boolean gray = scaled.getType() == BufferedImage.TYPE_BYTE_GRAY;
            byte[] samples = new byte[w * h * (gray ? 1 : 3)];
            scaled.getRaster().getDataElements(0, 0, w, h, gray ? samples : null);
            if (!gray) {
                int[] rgb = scaled.getRGB(0, 0, w, h, null, 0, w);
                for (int i = 0; i < rgb.length; i++) {
                    samples[3 * i] = (byte) (rgb[i] >> 16);
                    samples[3 * i + 1] = (byte) (rgb[i] >> 8);
                    samples[3 * i + 2] = (byte) rgb[i];
                }
            }
            return new EncodedImage(gray ? EncodedImage.Kind.FLATE_GRAY : EncodedImage.Kind.FLATE_RGB,
                    Flate.deflate(samples, Deflater.DEFAULT_COMPRESSION), w, h);
        }
        return new EncodedImage(EncodedImage.Kind.JPEG, JpegEncoder.within(scaled, maxBytes), w, h);
    }

    /** Pixels that {@code points} hold at {@code dpi}. */
    public static int pixels(float points, int dpi) {
        return Math.max(1, Math.round(points / 72f * dpi));
    }

    /**
     * True for graphics-like images: at least half of horizontally adjacent pixel pairs (sampled
     * on about 64 rows) are identical. Graphics, annotation bars and synthetic images have large
     * flat areas that Flate codes in a few bytes; micrographs have sensor noise, so neighbours
     * almost never match and only JPEG compresses them well. (Counting distinct colours fails
     * here: an 8-bit grey micrograph has at most 256.)
     */
    static boolean isFlat(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 2) {
            return true;
        }
        int rowStep = Math.max(1, h / 64);
        int bands = image.getRaster().getNumBands();
        long equal = 0;
        long pairs = 0;
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y += rowStep) {
            image.getRaster().getPixels(0, y, w, 1, row);
            for (int x = 1; x < w; x++) {
                if (Arrays.equals(row, x * bands, (x + 1) * bands, row, (x - 1) * bands, x * bands)) {
                    equal++;
                }
            }
            pairs += w - 1;
        }
        return equal >= FLAT_FRACTION * pairs;
    }

    /** JPEG has no alpha; grey images stay one channel (a third of the bytes). */
    private static BufferedImage opaqueRgbOrGray(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return out;
    }
}
