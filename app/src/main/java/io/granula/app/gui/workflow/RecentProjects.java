package io.granula.app.gui.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The projects opened last, newest first, for File > Recent projects: kept in the user's Java preferences
 * (one line per project, at most {@link #MAX}), so they survive restarts without a file of our own.
 * Projects that no longer exist are left out of the list shown.
 */
public final class RecentProjects {
    public static final int MAX = 8;
    private static final String KEY = "recent-projects";
    private final Preferences prefs;

    public RecentProjects(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's own list. */
    public static RecentProjects user() {
        return new RecentProjects(Preferences.userRoot().node("io/granula/workbench"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : prefs.get(KEY, "").split("\n")) {
            if (!line.isBlank() && Files.isRegularFile(Path.of(line))) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    /** Puts the project first (moving it up when it is already in the list). */
    public void add(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        List<Path> now = new ArrayList<>(list());
        now.remove(abs);
        now.add(0, abs);
        List<String> lines = now.stream().limit(MAX).map(Path::toString).toList();
        try {
            prefs.put(KEY, String.join("\n", lines));
        } catch (IllegalArgumentException e) {
            // a list longer than the preferences allow (very long paths): keep the previous one
        }
    }
}
