package io.granula.app.batch;

import io.granula.core.io.StemPairing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The images of a batch as the user named them (files or folders), each with a unique results
 * name. Two inputs with the same file stem from different folders get their folder name
 * prefixed, so no result overwrites another.
 */
public final class InputImages {
    /** @param sample the folder the image came from: the report's default sample grouping */
    public record Input(Path path, String name, String sample) {
    }

    private InputImages() {
    }

    /** @param problems receives one line for each named path that does not exist */
    public static List<Input> collect(List<Path> named, List<String> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                files.addAll(imagesUnder(p));
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                problems.add(p + ": no such file or folder");
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

    private static final Set<String> IMAGE_EXTENSIONS =
            Set.of("tif", "tiff", "png", "jpg", "jpeg", "bmp", "gif");

    /** Image files anywhere under a folder (sub-folders are samples), hidden files skipped, sorted. */
    static List<Path> imagesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, 8)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> IMAGE_EXTENSIONS.contains(extension(f)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sampleOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "images" : parent.getFileName().toString();
    }
}
