package io.granula.app.service;

import io.granula.app.Granula;
import io.granula.app.project.EditOperation;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The correct-and-retrain loop on real micrographs, measured: a project of the first N images of a labelled
 * training set (default: the CC-BY TEM sintering set, ../shared/data/real/tem-sintering/train), analysed with
 * the default model; the masks of the first K images are replaced by their true labels, as a user's
 * corrections (one {@link EditOperation.ReplaceRegion} over the whole image, the same stored edit the
 * workbench makes); {@code granula project train} fine-tunes for E epochs; then the old and the new model are
 * scored, AP@0.5 (StarDist's TP/(TP+FP+FN), pooled), on the held-out test set that neither saw.
 * {@code project train} holds the last corrected image out for its own before/after score (printed too).
 * Run with {@code scripts/bench.sh finetune [IMAGES CORRECTED EPOCHS LR]} (default 6 4 5 0.005). Not a test: the
 * figure depends on the data and the run, and it takes minutes.
 */
public final class FineTuneBench {
    public static void main(String[] args) throws Exception {
        int images = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int corrected = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String lr = args.length > 3 ? args[3] : "0.005";
        Path data = Path.of(System.getProperty("granula.bench.data", "../shared/data/real/tem-sintering"));
        if (!Files.isDirectory(data.resolve("train/images")) || !Files.isDirectory(data.resolve("test/labels"))) {
            System.out.println("no labelled data at " + data.toAbsolutePath() + " (train/ and test/ with images/ and labels/): nothing to measure");
            return;
        }
        Path work = Files.createTempDirectory("granula-finetune-bench");
        Path project = work.resolve("tem.granula");
        List<Path> train = firstImages(data.resolve("train/images"), images);
        List<String> create = new ArrayList<>(List.of("project", "create", project.toString()));
        train.forEach(p -> create.add(p.toAbsolutePath().toString()));
        check(Granula.run(create.toArray(String[]::new)), "project create");
        long t0 = System.nanoTime();
        check(Granula.run("project", "analyze", project.toString(), "--threads", "2", "--quiet"), "project analyze");
        System.out.printf(Locale.ROOT, "analysed %d training images in %.1f s%n", train.size(), (System.nanoTime() - t0) / 1e9);

        try (ProjectStore store = ProjectStore.open(project)) {
            List<ProjectImage> all = store.images();
            for (int i = 0; i < Math.min(corrected, all.size()); i++) {
                ProjectImage img = all.get(i);
                LabelImage truth = LabelTiff.read(data.resolve("train/labels").resolve(stem(img.name()) + ".tif"));
                store.edit(img.id(), null).apply(new EditOperation.ReplaceRegion(0, 0, truth.width(), truth.height(),
                        truth.labels())).orElseThrow();
                System.out.println("corrected " + img.name() + ": its masks replaced by the true labels (" + truth.objectCount() + " particles)");
            }
        }

        Path tuned = work.resolve("tuned.pt");
        long t1 = System.nanoTime();
        check(Granula.run("project", "train", project.toString(), "--out", tuned.toString(), "--epochs", String.valueOf(epochs),
                "--lr", lr, "--threads", "2", "--quiet"), "project train");
        System.out.printf(Locale.ROOT, "fine-tuned %d epochs in %.1f s%n", epochs, (System.nanoTime() - t1) / 1e9);

        Map<Path, LabelImage> test = new LinkedHashMap<>();
        for (Path img : firstImages(data.resolve("test/images"), Integer.MAX_VALUE)) {
            test.put(img, LabelTiff.read(data.resolve("test/labels").resolve(stem(img.getFileName().toString()) + ".tif")));
        }
        AnalysisOptions d = AnalysisOptions.defaults();
        double before = ModelScore.ap50(withModel(d, d.model()), test, ProgressMonitor.NONE);
        double after = ModelScore.ap50(withModel(d, tuned), test, ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "held-out %s (%d images): AP@0.5 default model %.3f, fine-tuned (%d corrected images,"
                        + " %d epochs, lr %s) %.3f%n", data.resolve("test"), test.size(), before, Math.min(corrected, images), epochs,
                lr, after);
    }

    private static AnalysisOptions withModel(AnalysisOptions d, Path model) {
        return new AnalysisOptions(model, d.diameterPx(), d.device(), "1 nm/px", d.excludeEdge(), 2, d.flowThreshold(),
                d.cellprobThreshold(), d.minSize(), d.augment());
    }

    /** image_0, image_1, ... in numeric order, so "the first N" is the same on every machine. */
    private static List<Path> firstImages(Path folder, int n) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted((a, b) -> {
                        String sa = stem(a.getFileName().toString()), sb = stem(b.getFileName().toString());
                        return sa.length() != sb.length() ? Integer.compare(sa.length(), sb.length()) : sa.compareTo(sb);
                    })
                    .limit(n).toList();
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void check(int code, String what) {
        if (code != 0) {
            throw new IllegalStateException(what + " exited with " + code);
        }
    }
}
