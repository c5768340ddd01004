package io.granula.reports.settings;

/**
 * A named group of images: {@code glob} is matched against image names (the stem of each
 * results sub-folder, e.g. "batch1_*"), as {@link java.nio.file.FileSystem#getPathMatcher} globs.
 */
public record SampleSpec(String name, String glob) {
    public SampleSpec {
        if (name == null || name.isBlank() || glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("a sample needs NAME=GLOB, got name '" + name + "', glob '" + glob + "'");
        }
    }

    /** Parses the command line's {@code NAME=GLOB}. */
    public static SampleSpec parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("sample '" + text + "' is not NAME=GLOB (e.g. \"batch A=a_*\")");
        }
        return new SampleSpec(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }
}
