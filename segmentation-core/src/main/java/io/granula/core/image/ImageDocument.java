package io.granula.core.image;

import java.nio.file.Path;
import java.util.List;

/** An image file as read: its pages (one for most formats, several for multi-page TIFF) and metadata. */
public record ImageDocument(Path path, List<Image2D> pages, ImageMetadata metadata) {
    public ImageDocument {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("an image document needs at least one page: " + path);
        }
    }

    public Image2D firstPage() {
        return pages.get(0);
    }
}
