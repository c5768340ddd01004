package io.granula.reports.image;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Puts a raster into the PDF at the resolution it will be printed at, in the encoding that suits
 * it. The report must stay under 5 MB for 20 images, so:
 * <ul>
 *   <li>pixels beyond {@code dpi} at the printed size are never stored (downscaled, never up);</li>
 *   <li>flat images (synthetic, graphics, annotation crops) are stored losslessly with
 *       Flate, which compresses flat areas far better than JPEG and keeps edges sharp;</li>
 *   <li>photographic images (micrographs, overlays on them) are stored as JPEG, several times
 *       smaller than lossless at a quality where noise, not compression, dominates.</li>
 * </ul>
 */
public final class ImageEmbedder {
    /** Print resolution of micrographs: 200 dpi is above what the eye resolves at reading distance in a 12 cm image. */
    public static final int DEFAULT_DPI = 200;
    public static final float JPEG_QUALITY = 0.85f;
    private static final double FLAT_FRACTION = 0.5;

    private ImageEmbedder() {
    }

    /** Embeds {@code image} for printing at {@code widthPt} x {@code heightPt} points. */
    public static PDImageXObject embed(PDDocument document, BufferedImage image, float widthPt, float heightPt, int dpi) {
        int maxW = Math.max(1, Math.round(widthPt / 72f * dpi));
        int maxH = Math.max(1, Math.round(heightPt / 72f * dpi));
        BufferedImage scaled = Downscaler.fitWithin(image, maxW, maxH);
        try {
            if (isFlat(scaled)) {
                return LosslessFactory.createFromImage(document, scaled);
            }
            return JPEGFactory.createFromImage(document, opaqueRgbOrGray(scaled), JPEG_QUALITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True for graphics-like images: at least half of horizontally adjacent pixel pairs (sampled
     * on up to 200 rows) are identical. Graphics, annotation bars and synthetic images have large
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
        int rowStep = Math.max(1, h / 200);
        long equal = 0;
        long pairs = 0;
        int[] row = new int[w];
        for (int y = 0; y < h; y += rowStep) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 1; x < w; x++) {
                if (row[x] == row[x - 1]) {
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
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return out;
    }
}
