package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.label.LabelImage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Random;

/**
 * The child process of {@link CrashSafetyTest}: opens a project and writes edits and analysis results in a
 * loop until it is killed, printing "edit ID" only after the commit returned (stdout flushed each time).
 * Arguments: project file, seed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Random rnd = new Random(Long.parseLong(args[1]));
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
            for (int i = 0; ; i++) {
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
}
