package io.granula.app.project;

import io.granula.app.gui.session.EditedTable;
import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of hand correction, checked after every step of long seeded random edit sequences (create,
 * delete, paint, erase, merge, split, undo, redo) on a real project file: every stored particle has pixels
 * and every particle with pixels is stored, the stored and the on-screen measurements equal a fresh
 * measurement of the current labels, a split removes the old id and gives its two parts two new ids, each in
 * as many pieces as the cut drew it (one, for a one-piece particle cut into two one-piece sides), a delete
 * leaves every other particle in as many pieces as before, and undoing the whole sequence gives back the
 * exact labels.
 */
class EditSequencePropertyTest {
    private static final int STEPS = 120;

    @Test
    void longRandomEditSequencesKeepTheInvariantsAndUndoToTheExactLabels(@TempDir Path dir) {
        for (long seed = 1; seed <= 4; seed++) {
            run(dir.resolve("s" + seed), seed);
        }
    }

    private static void run(Path dir, long seed) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (ProjectStore store = ProjectFixtures.analysedProject(dir)) {
            ProjectImage image = store.images().get(0);
            Image2D pixels = ProjectFixtures.read(store.resolve(image));
            Calibration cal = store.calibration(image.id()).orElseThrow().calibration();
            int[] model = store.masks(image.id(), MaskKind.MODEL).orElseThrow().labels().clone();
            EditSession session = store.edit(image.id(), pixels);
            ParticleTable shown = new ParticleMeasurer().measure(session.labels(), pixels, cal, null);
            Random rnd = new Random(seed);
            int applied = 0, connectedSplits = 0;
            for (int step = 0; step < STEPS; step++) {
                LabelImage labels = session.labels();
                List<Integer> ids = present(labels);
                int kind = rnd.nextInt(8);
                Optional<EditResult> r;
                if (kind == 6 && applied > 0) {
                    r = session.undo();
                    applied--;
                } else if (kind == 7 && session.canRedo()) {
                    r = session.redo();
                    applied++;
                } else {
                    EditOperation op = randomOperation(rnd, labels, ids);
                    if (op == null) {
                        continue;
                    }
                    Set<Integer> before = new TreeSet<>(ids);
                    int[] piecesBefore = op instanceof EditOperation.Delete ? pieces(labels) : null;
                    // the two parts the user drew: 1 = the particle's pixels in the split's region, 2 = the others
                    int[] drawn = op instanceof EditOperation.Split s ? drawnParts(labels, s) : null;
                    r = session.apply(op);
                    if (r.isPresent()) {
                        applied++;
                    }
                    if (op instanceof EditOperation.Split s && r.isPresent()) {
                        if (checkSplit(s, drawn, before, session.labels(), seed, step)) {
                            connectedSplits++;
                        }
                    }
                    if (piecesBefore != null) {
                        int[] piecesAfter = pieces(session.labels());
                        for (int id : present(session.labels())) {
                            assertThat(piecesAfter[id]).as("seed %d step %d: pieces of %d", seed, step, id)
                                    .isEqualTo(piecesBefore[id]);
                        }
                    }
                }
                if (r.isPresent()) {
                    shown = EditedTable.after(shown, r.get(), session.labels(), pixels);
                }
                checkInvariants(store, image.id(), session.labels(), pixels, cal, shown, seed, step);
            }
            assertThat(connectedSplits).as("seed %d: splits of one-piece particles into two connected parts", seed)
                    .isPositive();
            while (session.undo().isPresent()) {
                // undo everything, including edits whose redo was discarded
            }
            assertThat(session.labels().labels()).as("seed %d: undo of the whole sequence", seed).isEqualTo(model);
            assertThat(store.masks(image.id(), MaskKind.CURRENT).orElseThrow().labels()).isEqualTo(model);
        }
    }

    /**
     * After a split: the old id is gone, exactly two new ids exist (the next two above every id before), they
     * hold exactly the two parts the user drew, and each is as many pieces as the user drew it (one, when the
     * cut of a one-piece particle left each side in one piece).
     *
     * @return whether both new particles are one piece
     */
    private static boolean checkSplit(EditOperation.Split s, int[] drawn, Set<Integer> before, LabelImage labels,
                                      long seed, int step) {
        Set<Integer> after = new TreeSet<>(present(labels));
        Set<Integer> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<Integer> gone = new TreeSet<>(before);
        gone.removeAll(after);
        int max = before.stream().mapToInt(i -> i).max().orElse(0);
        assertThat(gone).as("seed %d step %d: a split removes the old id", seed, step).containsExactly(s.label());
        assertThat(added).as("seed %d step %d: a split gives two new ids", seed, step).containsExactly(max + 1, max + 2);
        int[] px = labels.labels();
        for (int i = 0; i < px.length; i++) {
            int want = drawn[i] == 1 ? max + 1 : drawn[i] == 2 ? max + 2 : -1;
            if (want > 0 || px[i] == max + 1 || px[i] == max + 2) {
                assertThat(px[i]).as("seed %d step %d: pixel %d of the split", seed, step, i).isEqualTo(want);
            }
        }
        int[] drawnPieces = pieces(new LabelImage(labels.width(), labels.height(), drawn));
        int[] piecesAfter = pieces(labels);
        assertThat(piecesAfter[max + 1]).as("seed %d step %d: pieces of %d", seed, step, max + 1).isEqualTo(drawnPieces[1]);
        assertThat(piecesAfter[max + 2]).as("seed %d step %d: pieces of %d", seed, step, max + 2).isEqualTo(drawnPieces[2]);
        return piecesAfter[max + 1] == 1 && piecesAfter[max + 2] == 1;
    }

    private static int[] drawnParts(LabelImage labels, EditOperation.Split s) {
        int w = labels.width();
        int[] px = labels.labels();
        int[] parts = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            if (px[i] == s.label()) {
                parts[i] = s.part().contains(i % w, i / w) ? 1 : 2;
            }
        }
        return parts;
    }

    private static EditOperation randomOperation(Random rnd, LabelImage labels, List<Integer> ids) {
        int w = labels.width(), h = labels.height();
        int pick = ids.isEmpty() ? 0 : ids.get(rnd.nextInt(ids.size()));
        return switch (rnd.nextInt(6)) {
            case 0 -> new EditOperation.Create(Region.disc(rnd.nextInt(w), rnd.nextInt(h), 2 + rnd.nextInt(8)), rnd.nextBoolean());
            case 1 -> ids.isEmpty() ? null : new EditOperation.Delete(List.of(pick));
            case 2 -> ids.isEmpty() ? null : new EditOperation.Paint(pick, Region.disc(rnd.nextInt(w), rnd.nextInt(h), 1 + rnd.nextInt(6)));
            case 3 -> new EditOperation.Erase(Region.disc(rnd.nextInt(w), rnd.nextInt(h), 1 + rnd.nextInt(6)), rnd.nextBoolean() ? pick : 0);
            case 4 -> ids.size() < 2 ? null : new EditOperation.Merge(List.of(pick, otherThan(rnd, ids, pick)));
            default -> halfOf(labels, pick, rnd.nextBoolean());
        };
    }

    private static int otherThan(Random rnd, List<Integer> ids, int not) {
        int o;
        do {
            o = ids.get(rnd.nextInt(ids.size()));
        } while (o == not);
        return o;
    }

    /** A split of particle {@code label} by the vertical or horizontal line through its pixels' middle. */
    private static EditOperation halfOf(LabelImage labels, int label, boolean vertical) {
        if (label == 0) {
            return null;
        }
        int w = labels.width(), h = labels.height();
        long sum = 0, n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (labels.get(x, y) == label) {
                    sum += vertical ? x : y;
                    n++;
                }
            }
        }
        if (n < 2) {
            return null;
        }
        int cut = (int) (sum / n);
        boolean[] in = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                in[y * w + x] = (vertical ? x : y) <= cut;
            }
        }
        return new EditOperation.Split(label, new Region(0, 0, w, h, in));
    }

    private static void checkInvariants(ProjectStore store, long imageId, LabelImage labels, Image2D pixels,
                                        Calibration cal, ParticleTable shown, long seed, int step) {
        ParticleTable fresh = new ParticleMeasurer().measure(labels, pixels, cal, null);
        List<ParticleRow> stored = store.particles(imageId);
        List<ParticleRow> expected = ParticleRows.of(fresh);
        assertThat(stored.stream().map(ParticleRow::label).toList()).as("seed %d step %d: stored ids", seed, step)
                .isEqualTo(present(labels));
        for (int i = 0; i < expected.size(); i++) {
            double[] got = stored.get(i).values(), want = expected.get(i).values();
            for (int m = 0; m < want.length; m++) {
                // re-measuring on the particle's box shifts the position columns, which may differ in the last bit
                assertThat(close(got[m], want[m])).as("seed %d step %d: stored %s of %d", seed, step,
                        Measurement.values()[m], expected.get(i).label()).isZero();
            }
        }
        assertThat(shown.size()).isEqualTo(fresh.size());
        for (int r = 0; r < fresh.size(); r++) {
            assertThat(shown.label(r)).isEqualTo(fresh.label(r));
            for (Measurement m : fresh.measurements()) {
                assertThat(close(shown.value(m, r), fresh.value(m, r))).as("seed %d step %d: on-screen %s of %d",
                        seed, step, m, fresh.label(r)).isZero();
            }
            assertThat(shown.outline(r).main().xs()).isEqualTo(fresh.outline(r).main().xs());
        }
    }

    private static int close(Double a, Double b) {
        if (a.isNaN() && b.isNaN()) {
            return 0;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) ? 0 : Double.compare(a, b);
    }

    private static List<Integer> present(LabelImage labels) {
        return Arrays.stream(labels.labels()).filter(v -> v != 0).distinct().sorted().boxed().toList();
    }

    /** Number of 8-connected pieces of every id (ImageJ's particle connectivity). */
    private static int[] pieces(LabelImage labels) {
        int w = labels.width(), h = labels.height();
        int[] px = labels.labels();
        int[] count = new int[Arrays.stream(px).max().orElse(0) + 1];
        boolean[] seen = new boolean[px.length];
        int[] stack = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            if (px[i] == 0 || seen[i]) {
                continue;
            }
            count[px[i]]++;
            int top = 0;
            stack[top++] = i;
            seen[i] = true;
            while (top > 0) {
                int j = stack[--top];
                int x = j % w, y = j / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy, k = ny * w + nx;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[k] && px[k] == px[i]) {
                            seen[k] = true;
                            stack[top++] = k;
                        }
                    }
                }
            }
        }
        return count;
    }
}
