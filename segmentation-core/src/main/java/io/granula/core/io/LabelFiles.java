package io.granula.core.io;

import io.granula.core.image.FileSignature;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.label.LabelImage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a label image from any file Granula accepts as one: TIFF ({@link LabelTiff}), a 2-D
 * integer .npy, or a single-channel PNG/BMP/GIF with whole-number values (Cellpose saves
 * {@code *_cp_masks.png} as 16-bit PNG). The format is chosen by signature.
 */
public final class LabelFiles {
    private LabelFiles() {
    }

    public static LabelImage read(Path path) throws ImageReadException {
        ImageReaders.checkReadableFile(path);
        FileSignature signature;
        try {
            signature = FileSignature.of(path);
        } catch (IOException e) {
            throw new ImageReadException(path, "cannot read: " + e.getMessage(), e);
        }
        return switch (signature) {
            case TIFF -> LabelTiff.read(path);
            case NPY -> fromNpy(path);
            default -> fromImage(path, ImageReaders.read(path).firstPage());
        };
    }

    private static LabelImage fromNpy(Path path) throws ImageReadException {
        NpyHeader h = Npy.header(path);
        int[] s = h.shape();
        if (s.length != 2 || s[0] == 0 || s[1] == 0) {
            throw new ImageReadException(path, "a label array must be 2-D (H, W); found " + h.shapeText());
        }
        int[] v = Npy.readInts(path).data();
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw new ImageReadException(path, "not a label image: element " + i + " is negative (" + v[i] + ")");
            }
        }
        return new LabelImage(s[1], s[0], v);
    }

    private static LabelImage fromImage(Path path, Image2D img) throws ImageReadException {
        if (img.channels() != 1) {
            throw new ImageReadException(path, "not a label image: it has " + img.channels() + " colour channels");
        }
        float[] px = img.plane(0);
        int[] v = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            float f = px[i];
            // floats hold every integer exactly up to 2^24; 8/16-bit files never exceed that
            if (!(f >= 0 && f <= (1 << 24) && f == Math.rint(f))) {
                throw new ImageReadException(path, "not a label image: pixel " + (i % img.width()) + ","
                        + (i / img.width()) + " holds " + f);
            }
            v[i] = (int) f;
        }
        return new LabelImage(img.width(), img.height(), v);
    }
}
