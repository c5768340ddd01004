package io.granula.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns a decoded {@link BufferedImage} into an {@link Image2D} keeping the file's sample values
 * (0..65535 stays 0..65535, floats stay floats). Grey images give one channel, colour images
 * three (alpha dropped), palette images their palette colours (one channel when the palette is grey).
 */
final class BufferedImages {
    private BufferedImages() {
    }

    /**
     * @param unsigned32 whether 32-bit integer samples are unsigned (TIFF SampleFormat 1); Java
     *                   rasters hold them as signed ints
     */
    static Image2D toImage2D(BufferedImage img, boolean unsigned32) {
        Raster r = img.getRaster();
        ColorModel cm = img.getColorModel();
        int w = r.getWidth(), h = r.getHeight();
        if (cm instanceof IndexColorModel icm) {
            return fromPalette(r, icm);
        }
        int colours = cm == null ? r.getNumBands() : cm.getNumColorComponents();
        int channels = colours >= 3 && r.getNumBands() >= 3 ? 3 : 1;
        int dataType = r.getDataBuffer().getDataType();
        float[][] planes = new float[channels][];
        for (int c = 0; c < channels; c++) {
            planes[c] = dataType == DataBuffer.TYPE_INT ? intSamples(r, c, unsigned32)
                    : r.getSamples(0, 0, w, h, c, new float[w * h]);
        }
        return new Image2D(w, h, pixelType(dataType, r.getSampleModel().getSampleSize(0), unsigned32), planes);
    }

    private static float[] intSamples(Raster r, int band, boolean unsigned) {
        int w = r.getWidth(), h = r.getHeight();
        int[] v = r.getSamples(0, 0, w, h, band, new int[w * h]);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = unsigned ? (float) (v[i] & 0xffffffffL) : v[i];
        }
        return out;
    }

    private static Image2D fromPalette(Raster r, IndexColorModel icm) {
        int w = r.getWidth(), h = r.getHeight();
        int[] index = r.getSamples(0, 0, w, h, 0, new int[w * h]);
        boolean grey = true;
        for (int i = 0; i < icm.getMapSize() && grey; i++) {
            grey = icm.getRed(i) == icm.getGreen(i) && icm.getGreen(i) == icm.getBlue(i);
        }
        int channels = grey ? 1 : 3;
        float[][] planes = new float[channels][w * h];
        for (int i = 0; i < index.length; i++) {
            int rgb = icm.getRGB(index[i]);
            if (grey) {
                planes[0][i] = rgb & 0xff;
            } else {
                planes[0][i] = (rgb >> 16) & 0xff;
                planes[1][i] = (rgb >> 8) & 0xff;
                planes[2][i] = rgb & 0xff;
            }
        }
        return new Image2D(w, h, PixelType.UINT8, planes);
    }

    private static PixelType pixelType(int dataType, int bits, boolean unsigned32) {
        if (bits <= 8) {
            return PixelType.UINT8; // includes packed RGB in int words (BMP, some JPEG decodes)
        }
        return switch (dataType) {
            case DataBuffer.TYPE_USHORT -> PixelType.UINT16;
            case DataBuffer.TYPE_SHORT -> PixelType.INT16;
            // PixelType has no signed 32-bit: such values are held exactly as floats up to 2^24
            case DataBuffer.TYPE_INT -> unsigned32 && bits == 32 ? PixelType.UINT32 : PixelType.FLOAT32;
            case DataBuffer.TYPE_FLOAT -> PixelType.FLOAT32;
            case DataBuffer.TYPE_DOUBLE -> PixelType.FLOAT64;
            default -> PixelType.UINT8;
        };
    }
}
