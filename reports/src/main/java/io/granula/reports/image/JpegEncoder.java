package io.granula.reports.image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Baseline JPEG at a chosen quality with the JDK's encoder (the one PDFBox's JPEGFactory uses). */
final class JpegEncoder {
    static final float BEST = 0.85f;
    static final float WORST = 0.4f;
    private static final int STRIP = 16;
    /**
     * Exponent of the size model size ~ scale^-k, scale being libjpeg's quantisation-table scaling
     * (IJG jcparam.c jpeg_quality_scaling: 5000/Q below Q 50, 200 - 2Q above). Measured on noisy
     * micrographs k is about 0.67; 0.6 errs towards a quality that fits at the first retry.
     */
    private static final double SIZE_EXPONENT = 0.6;

    private JpegEncoder() {
    }

    /**
     * The JPEG at quality {@link #BEST} when it fits {@code maxBytes}; otherwise at the quality the
     * size model predicts to fit, one lower step if that still does not, never below {@link #WORST}.
     * Two encodes in the usual case rather than a search.
     */
    static byte[] within(BufferedImage image, long maxBytes) {
        float quality = BEST;
        if (maxBytes < Long.MAX_VALUE && image.getHeight() >= 4 * STRIP) {
            // JPEG codes 8x8 blocks independently of far-away ones, so every fourth band of 16 rows
            // predicts the whole image's size at a quarter of the cost of coding it.
            BufferedImage sample = strips(image);
            // Tables and markers come once per file, not per row: measured on an 8x8 image.
            long header = encode(image.getSubimage(0, 0, Math.min(8, image.getWidth()), 8), BEST).length;
            long predicted = header + (encode(sample, BEST).length - header) * image.getHeight() / sample.getHeight();
            if (predicted > maxBytes) {
                quality = lower(quality, predicted, maxBytes);
            }
        }
        byte[] jpeg = encode(image, quality);
        while (jpeg.length > maxBytes && quality > WORST) {
            quality = lower(quality, jpeg.length, maxBytes);
            jpeg = encode(image, quality);
        }
        return jpeg;
    }

    /** The quality the size model predicts to bring {@code size} down to {@code target}; at least 0.05 lower. */
    private static float lower(float quality, long size, long target) {
        double scale = scaling(quality) * Math.pow((double) size / target, 1 / SIZE_EXPONENT);
        return Math.max(WORST, Math.min(quality - 0.05f, quality(scale)));
    }

    /** Rows {@code 64k..64k+15} of the image, stacked: a quarter of it in whole 16-row JPEG block rows. */
    private static BufferedImage strips(BufferedImage image) {
        int bands = image.getHeight() / (4 * STRIP);
        BufferedImage out = new BufferedImage(image.getWidth(), bands * STRIP, image.getType());
        for (int b = 0; b < bands; b++) {
            out.getRaster().setDataElements(0, b * STRIP,
                    image.getWidth(), STRIP, image.getRaster().getDataElements(0, 4 * STRIP * b, image.getWidth(), STRIP, null));
        }
        return out;
    }

    /** libjpeg's table scaling in per cent for a quality in 0..1. */
    static double scaling(float quality) {
        double q = Math.max(1, Math.min(100, quality * 100));
        return q < 50 ? 5000 / q : 200 - 2 * q;
    }

    /** Inverse of {@link #scaling}. */
    static float quality(double scaling) {
        double q = scaling > 100 ? 5000 / scaling : (200 - scaling) / 2;
        return (float) (q / 100);
    }

    static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
