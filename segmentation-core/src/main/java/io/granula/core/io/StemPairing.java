package io.granula.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Pairs files of two inputs by stem (design notes: "paths may be single files or folders of files
 * matched by stem"), e.g. predictions with ground truth. Each input is a file or a folder of label
 * files; a sub-folder holding {@code labels.tif} (the layout {@code analyze --out} writes) counts as a
 * file named after the sub-folder. Stems are compared after dropping a conventional suffix such as
 * {@code _masks}, {@code _cp_masks} or {@code _labels}, so {@code img1_cp_masks.png} pairs with
 * {@code img1.tif}.
 */
public final class StemPairing {
    /** Extensions of files that can hold labels. */
    private static final Set<String> LABEL_EXTENSIONS = Set.of("tif", "tiff", "png", "npy", "bmp", "gif");
    /** Longest first, so "_cp_masks" wins over "_masks". */
    private static final List<String> SUFFIXES = List.of("_cp_masks", "_masks", "-masks", "_mask", "-mask",
            "_labels", "-labels", "_label", "-label", "_gt", "_pred");
    private static final String ANALYZE_LABELS = "labels.tif";

    /** A pair that shares a stem. */
    public record Pair(String stem, Path first, Path second) {
    }

    /** Matched pairs and what was left over on either side, or clashed within one side. */
    public record Result(List<Pair> pairs, List<Path> unmatchedFirst, List<Path> unmatchedSecond, List<String> problems) {
        public Result {
            pairs = List.copyOf(pairs);
            unmatchedFirst = List.copyOf(unmatchedFirst);
            unmatchedSecond = List.copyOf(unmatchedSecond);
            problems = List.copyOf(problems);
        }
    }

    private StemPairing() {
    }

    /**
     * Two single files always pair (whatever their names); otherwise files pair by stem.
     *
     * @throws IOException when a folder cannot be listed
     */
    public static Result pair(Path first, Path second) throws IOException {
        if (Files.isRegularFile(first) && Files.isRegularFile(second)) {
            return new Result(List.of(new Pair(stem(first), first, second)), List.of(), List.of(), List.of());
        }
        List<String> problems = new ArrayList<>();
        Map<String, Path> a = byKey(list(first), problems);
        Map<String, Path> b = byKey(list(second), problems);
        List<Pair> pairs = new ArrayList<>();
        List<Path> onlyA = new ArrayList<>();
        a.forEach((key, path) -> {
            Path other = b.get(key);
            if (other != null) {
                pairs.add(new Pair(stem(path), path, other));
            } else {
                onlyA.add(path);
            }
        });
        List<Path> onlyB = b.entrySet().stream().filter(e -> !a.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new Result(pairs, onlyA, onlyB, problems);
    }

    /** The label files a path stands for: itself, or the label files (and analyze result folders) in it. */
    public static List<Path> list(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(fileOrFolder)) {
            for (Path p : entries.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isRegularFile(p) && LABEL_EXTENSIONS.contains(extension(p)) && !p.getFileName().toString().startsWith(".")) {
                    out.add(p);
                } else if (Files.isRegularFile(p.resolve(ANALYZE_LABELS))) {
                    out.add(p.resolve(ANALYZE_LABELS));
                }
            }
        }
        return out;
    }

    /** File name without extension; for {@code <dir>/labels.tif} the folder's name. */
    public static String stem(Path p) {
        String name = p.getFileName().toString();
        if (name.equals(ANALYZE_LABELS) && p.getParent() != null && p.getParent().getFileName() != null) {
            return p.getParent().getFileName().toString();
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The key two files pair by: the stem without a conventional label/mask suffix, so an intensity image
     * of any format ({@code img1.jpg}) finds its labels ({@code img1_masks.tif}).
     */
    public static String matchKey(Path p) {
        return key(stem(p));
    }

    /** The stem with a conventional label/mask suffix removed. */
    static String key(String stem) {
        for (String s : SUFFIXES) {
            if (stem.length() > s.length() && stem.toLowerCase(Locale.ROOT).endsWith(s)) {
                return stem.substring(0, stem.length() - s.length());
            }
        }
        return stem;
    }

    private static Map<String, Path> byKey(List<Path> files, List<String> problems) {
        Map<String, Path> map = new LinkedHashMap<>();
        for (Path p : files) {
            Path clash = map.putIfAbsent(key(stem(p)), p);
            if (clash != null) {
                problems.add("both " + clash + " and " + p + " have stem '" + key(stem(p)) + "'; using " + clash);
            }
        }
        return map;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
