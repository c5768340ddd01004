package io.granula.core.image.tiff;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/** The structure of a TIFF file: byte order, length and its directories (pages) in file order. */
public record TiffFile(Path path, ByteOrder order, long size, List<TiffDirectory> directories) {
    public TiffFile {
        directories = List.copyOf(directories);
    }
}
