package io.granula.reports.model;

import io.granula.reports.settings.SampleSpec;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts images into samples, the same way for {@code analyze --report} and {@code report}:
 * <ul>
 *   <li>with {@code --sample NAME=GLOB} specs, an image belongs to the first spec whose glob matches
 *       its name or its source file name; images no spec matches form the sample
 *       {@value #UNASSIGNED} (so nothing silently disappears from the report);</li>
 *   <li>without specs, one sample per folder the source images came from (the folder's name), or
 *       a single sample {@code fallback} when sources are unknown.</li>
 * </ul>
 * Samples keep the order of their first image, or of the specs.
 */
public final class SampleGrouper {
    public static final String UNASSIGNED = "Unassigned";

    /** An image to group: its name (results sub-folder stem) and its source file when known. */
    public record ImageRef(String name, Path source) {
    }

    private SampleGrouper() {
    }

    public static Map<String, List<ImageRef>> group(List<ImageRef> images, List<SampleSpec> specs, String fallback) {
        return specs.isEmpty() ? byFolder(images, fallback) : bySpecs(images, specs);
    }

    private static Map<String, List<ImageRef>> bySpecs(List<ImageRef> images, List<SampleSpec> specs) {
        Map<String, List<ImageRef>> groups = new LinkedHashMap<>();
        List<PathMatcher> matchers = new ArrayList<>();
        for (SampleSpec spec : specs) {
            groups.put(spec.name(), new ArrayList<>());
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + spec.glob()));
        }
        for (ImageRef image : images) {
            String sample = UNASSIGNED;
            for (int i = 0; i < specs.size(); i++) {
                if (matches(matchers.get(i), image)) {
                    sample = specs.get(i).name();
                    break;
                }
            }
            groups.computeIfAbsent(sample, k -> new ArrayList<>()).add(image);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private static boolean matches(PathMatcher matcher, ImageRef image) {
        if (matcher.matches(Path.of(image.name()))) {
            return true;
        }
        Path source = image.source();
        return source != null && (matcher.matches(source.getFileName()) || matcher.matches(source));
    }

    private static Map<String, List<ImageRef>> byFolder(List<ImageRef> images, String fallback) {
        Map<String, List<ImageRef>> groups = new LinkedHashMap<>();
        for (ImageRef image : images) {
            Path parent = image.source() == null ? null : image.source().toAbsolutePath().normalize().getParent();
            String sample = parent == null || parent.getFileName() == null ? fallback : parent.getFileName().toString();
            groups.computeIfAbsent(sample, k -> new ArrayList<>()).add(image);
        }
        return groups;
    }
}
