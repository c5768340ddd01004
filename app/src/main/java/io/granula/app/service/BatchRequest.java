package io.granula.app.service;

import java.nio.file.Path;
import java.util.List;

/**
 * A batch to analyse into a results folder.
 *
 * @param images    image files or folders of images (sub-folders are samples)
 * @param out       the results folder
 * @param overwrite replace the results of an earlier analysis in {@code out}; without it such a folder is refused
 */
public record BatchRequest(List<Path> images, Path out, boolean overwrite) {
    public BatchRequest {
        images = List.copyOf(images);
    }
}
