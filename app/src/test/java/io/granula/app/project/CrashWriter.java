package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.label.LabelImage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The child process of {@link CrashSafetyTest}: opens a project and writes edits and analysis results in a
 * loop until it is killed, printing "edit ID" only after the commit returned (stdout flushed each time).
 * Arguments: project file, seed, and optionally a number of steps after which it exits normally.
 *
 * <p>Started with {@code -Dstandby=true} it first warms up on a scratch project of its own (the JVM, SQLite's
 * native library, the store's classes), prints "standby" and waits for a line on stdin before it opens the
 * real project: the test starts the next child while the current one runs, so the kills are not spaced by
 * JVM start-ups. The killed process is the same either way.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Random rnd = new Random(Long.parseLong(args[1]));
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        if (Boolean.getBoolean("standby")) {
            warmUp();
            out.println("standby");
            out.flush();
            try {
                if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
                    return; // the test ended without needing this child
                }
            } catch (IOException e) {
                return;
            }
        }
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            if (store.isReadOnly()) {
                out.println("readonly " + store.readOnlyReason().orElse(""));
                out.flush();
                return;
            }
            ProjectImage img = store.images().get(0);
            EditSession session = store.edit(img.id(), null);
            out.println("ready");
            out.flush();
            for (int i = 0; i < steps; i++) {
                if (i % 25 == 24) {
                    // an analysis result: new model masks for the image, every edit before discarded
                    LabelImage fresh = ProjectFixtures.discs(img.width(), img.height(), 8 + rnd.nextInt(8), rnd.nextLong());
                    ProjectFixtures.saveAnalysis(store, img, fresh, null, Calibration.none());
                    session = store.edit(img.id(), null);
                    out.println("analysis " + i);
                } else {
                    int x = rnd.nextInt(img.width());
                    int y = rnd.nextInt(img.height());
                    EditOperation op = rnd.nextInt(4) == 0
                            ? new EditOperation.Erase(Region.disc(x, y, 1 + rnd.nextInt(6)), 0)
                            : new EditOperation.Create(Region.disc(x, y, 2 + rnd.nextInt(6)), true);
                    var result = session.apply(op);
                    if (result.isPresent()) {
                        out.println("edit " + result.get().edit().id());
                    }
                }
                out.flush();
            }
        }
    }

    /** An analysed scratch project, opened, edited and deleted: loads what the real run needs. */
    private static void warmUp() {
        try {
            Path dir = Files.createTempDirectory("granula-crash-warmup");
            try (ProjectStore store = ProjectFixtures.analysedProject(dir)) {
                ProjectImage img = store.images().get(0);
                store.edit(img.id(), null).apply(new EditOperation.Create(Region.disc(20, 20, 4), true));
            }
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
