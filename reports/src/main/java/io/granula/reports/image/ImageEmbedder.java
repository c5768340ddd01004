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
import java.util.HashSet;
import java.util.Set;

/**
 * Puts a raster into the PDF at the resolution it will be printed at, in the encoding that suits
 * it. The report must stay under 5 MB for 20 images, so:
 * <ul>
 *   <li>pixels beyond {@code dpi} at the printed size are never stored (downscaled, never up);</li>
 *   <li>images with few colours (synthetic, graphics, label crops) are stored losslessly with
 *       Flate, which compresses flat areas far better than JPEG and keeps edges sharp;</li>
 *   <li>photographic images (micrographs, overlays on them) are stored as JPEG, several times
 *       smaller than lossless at a quality where noise, not compression, dominates.</li>
 * </ul>
 */
public final class ImageEmbedder {
    /** Print resolution of micrographs: 200 dpi is above what the eye resolves at reading distance in a 12 cm image. */
    public static final int DEFAULT_DPI = 200;
    public static final float JPEG_QUALITY = 0.85f;
    private static final int FEW_COLOURS = 256;
    private static final int COLOUR_SAMPLES = 20_000;

    private ImageEmbedder() {
    }

    /** Embeds {@code image} for printing at {@code widthPt} x {@code heightPt} points. */
    public static PDImageXObject embed(PDDocument document, BufferedImage image, float widthPt, float heightPt, int dpi) {
        int maxW = Math.max(1, Math.round(widthPt / 72f * dpi));
        int maxH = Math.max(1, Math.round(heightPt / 72f * dpi));
        BufferedImage scaled = Downscaler.fitWithin(image, maxW, maxH);
        try {
            if (hasFewColours(scaled)) {
                return LosslessFactory.createFromImage(document, scaled);
            }
            return JPEGFactory.createFromImage(document, opaqueRgbOrGray(scaled), JPEG_QUALITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a sample of the pixels holds at most {@value #FEW_COLOURS} distinct colours. */
    static boolean hasFewColours(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        long n = (long) w * h;
        long stride = Math.max(1, n / COLOUR_SAMPLES);
        Set<Integer> seen = new HashSet<>();
        for (long i = 0; i < n; i += stride) {
            seen.add(image.getRGB((int) (i % w), (int) (i / w)));
            if (seen.size() > FEW_COLOURS) {
                return false;
            }
        }
        return true;
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
