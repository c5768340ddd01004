package io.granula.core.image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test images with the JDK's own writers, an encoder independent of the readers under test. */
final class TestImageFiles {
    private TestImageFiles() {
    }

    /** 16-bit grey with value (x*257 + y*1000) mod 65536 — covers the whole 16-bit range. */
    static BufferedImage gray16(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, gray16Value(x, y));
            }
        }
        return img;
    }

    static int gray16Value(int x, int y) {
        return (x * 257 + y * 1000) & 0xffff;
    }

    static BufferedImage gray8(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, (x * 7 + y * 13) & 0xff);
            }
        }
        return img;
    }

    static BufferedImage rgb(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, x * 10 & 0xff);   // red (band order is R,G,B for the raster)
                r.setSample(x, y, 1, y * 20 & 0xff);
                r.setSample(x, y, 2, 200);
            }
        }
        return img;
    }

    static void write(BufferedImage img, String format, Path path) throws IOException {
        if (!ImageIO.write(img, format, path.toFile())) {
            throw new IOException("no writer for " + format);
        }
    }

    /**
     * TIFF through the JDK writer with a compression ("LZW", "Deflate", "PackBits" or null) and
     * optionally ASCII private tags (tag number -> text).
     */
    static void writeTiff(BufferedImage img, Path path, String compression, java.util.Map<Integer, String> asciiTags)
            throws IOException {
        java.util.List<TIFFField> fields = new java.util.ArrayList<>();
        asciiTags.forEach((tag, text) -> fields.add(new TIFFField(
                new TIFFTag("private" + tag, tag, 1 << TIFFTag.TIFF_ASCII), TIFFTag.TIFF_ASCII, 1, new String[]{text})));
        writeTiff(img, path, compression, fields);
    }

    /** TIFF through the JDK writer with extra fields of any type. */
    static void writeTiff(BufferedImage img, Path path, String compression, java.util.List<TIFFField> extra)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (compression != null) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
        if (!extra.isEmpty()) {
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(meta);
            extra.forEach(dir::addTIFFField);
            meta = dir.getAsMetadata();
        }
        Files.deleteIfExists(path);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(path.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }
}
