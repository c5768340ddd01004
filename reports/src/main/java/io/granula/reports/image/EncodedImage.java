package io.granula.reports.image;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An image already coded for PDF. Coding (JPEG, Flate) is the expensive part of embedding and
 * needs no document, so image pages are coded in parallel; {@link #toXObject} then only wraps the
 * bytes, on the one thread that writes the document (PDFBox documents are not thread-safe).
 *
 * @param data JPEG file bytes, or Flate-coded samples in raster order
 */
public record EncodedImage(Kind kind, byte[] data, int width, int height) {
    public enum Kind {
        /** A JPEG file (grey or colour). */
        JPEG,
        /** 8-bit grey samples, Flate. */
        FLATE_GRAY,
        /** 8-bit RGB samples, Flate. */
        FLATE_RGB,
        /** 4-bit indices into {@link OutlineLayer}'s palette, index 0 transparent (colour-key mask), Flate. */
        OUTLINES
    }

    public PDImageXObject toXObject(PDDocument document) {
        try {
            return switch (kind) {
                case JPEG -> JPEGFactory.createFromByteArray(document, data);
                case FLATE_GRAY -> flate(document, 8, PDDeviceGray.INSTANCE);
                case FLATE_RGB -> flate(document, 8, PDDeviceRGB.INSTANCE);
                case OUTLINES -> {
                    PDImageXObject image = flate(document, 4, OutlineLayer.palette());
                    COSArray colourKey = new COSArray();
                    colourKey.add(COSInteger.ZERO);
                    colourKey.add(COSInteger.ZERO);
                    image.getCOSObject().setItem(COSName.MASK, colourKey);
                    yield image;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDImageXObject flate(PDDocument document, int bits, PDColorSpace colours) throws IOException {
        return new PDImageXObject(document, new ByteArrayInputStream(data), COSName.FLATE_DECODE, width, height, bits, colours);
    }
}
