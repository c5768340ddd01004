package io.granula.app.service;

import io.granula.core.io.StemPairing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The images of a batch as the user named them (files or folders), each with a unique results
 * name. Two inputs with the same file stem from different folders get their folder name
 * prefixed, so no result overwrites another. Named paths that give no image (missing, an empty
 * folder, a folder named like an image) are problems, each named, never skipped silently.
 */
public final class InputImages {
    /** @param sample the folder the image came from: the report's default sample grouping */
    public record Input(Path path, String name, String sample) {
    }

    /** A named path that gives no image, and why, in one line that names it. */
    public record Problem(Path path, String message) {
    }

    private static final Set<String> IMAGE_EXTENSIONS =
            Set.of("tif", "tiff", "png", "jpg", "jpeg", "bmp", "gif");

    private InputImages() {
    }

    /** @param problems receives one entry for each named path that gives no image */
    public static List<Input> collect(List<Path> named, List<Problem> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                List<Path> found = imagesUnder(p, problems);
                if (found.isEmpty()) {
                    problems.add(new Problem(p, looksLikeImage(p)
                            ? p + ": not a file (a folder named like an image)"
                            : p + ": no images in this folder (TIFF, PNG, JPEG, BMP or GIF)"));
                }
                files.addAll(found);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                problems.add(new Problem(p, p + ": no such file or folder"));
            }
        }
        Map<String, Integer> stems = new HashMap<>();
        for (Path f : files) {
            stems.merge(StemPairing.stem(f), 1, Integer::sum);
        }
        Map<String, Input> unique = new LinkedHashMap<>();
        for (Path f : files) {
            String stem = StemPairing.stem(f);
            String sample = sampleOf(f);
            String name = stems.get(stem) > 1 ? sample + "_" + stem : stem;
            String candidate = name;
            for (int k = 2; unique.containsKey(candidate); k++) {
                candidate = name + "_" + k;
            }
            unique.put(candidate, new Input(f, candidate, sample));
        }
        return List.copyOf(unique.values());
    }

    /**
     * Image files anywhere under a folder (sub-folders are samples), hidden files skipped, sorted.
     * Entries named like images that are not files (a folder "x.tif" holding no image, a pipe) are
     * problems: the user meant them as images.
     */
    static List<Path> imagesUnder(Path folder, List<Problem> problems) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder, 8)) {
            all = walk.filter(f -> !f.equals(folder))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        List<Path> images = all.stream().filter(Files::isRegularFile).filter(InputImages::looksLikeImage).toList();
        for (Path p : all) {
            if (!looksLikeImage(p) || Files.isRegularFile(p)) {
                continue;
            }
            boolean holdsImages = Files.isDirectory(p) && images.stream().anyMatch(i -> i.startsWith(p));
            if (!holdsImages) {
                problems.add(new Problem(p, p + ": not a file" + (Files.isDirectory(p) ? " (a folder named like an image)" : "")));
            }
        }
        return images;
    }

    private static boolean looksLikeImage(Path f) {
        String n = f.getFileName() == null ? "" : f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot >= 0 && IMAGE_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String sampleOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "images" : parent.getFileName().toString();
    }
}
