package io.granula.core.pipeline;

import io.granula.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The results folder that {@code analyze} writes ({@link ResultsWriter}) and {@code report} reads
 * back ({@link ResultsReader}) (design notes): {@code DIR/<stem>/labels.tif, particles.csv,
 * overlay.png, calibration.json, run.json} and {@code DIR/summary.csv}.
 */
public record ResultsLayout(Path root) {
    public static final String LABELS = "labels.tif";
    public static final String PARTICLES = "particles.csv";
    public static final String OVERLAY = "overlay.png";
    public static final String CALIBRATION = "calibration.json";
    public static final String RUN = "run.json";
    public static final String SUMMARY = "summary.csv";
    /** The files of one image folder, in the order they are written. */
    public static final List<String> IMAGE_FILES = List.of(LABELS, PARTICLES, OVERLAY, CALIBRATION, RUN);

    public Path imageDir(String stem) {
        return root.resolve(stem);
    }

    public Path summary() {
        return root.resolve(SUMMARY);
    }

    /** The image folders present (those holding a {@code labels.tif}), sorted by name; none when root is absent. */
    public List<Path> imageDirs() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(d -> Files.isRegularFile(d.resolve(LABELS)) || Files.isRegularFile(d.resolve(RUN)))
                    .sorted().toList();
        }
    }

    /** True when the folder already holds results of an analysis: a summary or an image folder. */
    public boolean holdsResults() throws IOException {
        return Files.exists(summary()) || !imageDirs().isEmpty();
    }

    /**
     * Removes the results of an earlier analysis: {@code summary.csv} and, in each image folder, the
     * files Granula writes there (and temporaries a killed run left); a folder left empty goes too.
     * Anything else the user put there is kept.
     */
    public void removeResults() throws IOException {
        Files.deleteIfExists(summary());
        for (Path dir : imageDirs()) {
            for (String f : IMAGE_FILES) {
                Files.deleteIfExists(dir.resolve(f));
            }
            try (Stream<Path> left = Files.list(dir)) {
                for (Path p : left.filter(AtomicFiles::isTemporary).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            try (Stream<Path> left = Files.list(dir)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }
}
