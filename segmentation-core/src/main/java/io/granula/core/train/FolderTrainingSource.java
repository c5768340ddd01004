package io.granula.core.train;

import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReaders;
import io.granula.core.io.LabelFiles;
import io.granula.core.io.StemPairing;
import io.granula.core.label.LabelImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Training pairs from a folder laid out as {@code granula synth} writes it: {@code images/} and
 * {@code labels/} holding files with the same stems (any format the readers know).
 */
public final class FolderTrainingSource implements TrainingSource {
    private final Path root;
    private final List<StemPairing.Pair> pairs;
    private final SamplePreparation preparation;
    private final SampleCache cache;

    private FolderTrainingSource(Path root, List<StemPairing.Pair> pairs, SamplePreparation preparation) {
        this.root = root;
        this.pairs = List.copyOf(pairs);
        this.preparation = preparation;
        this.cache = new SampleCache(pairs.size());
    }

    /** @throws IllegalArgumentException naming the folder and what is missing */
    public static FolderTrainingSource open(Path root, SamplePreparation preparation) throws IOException {
        Path images = root.resolve("images"), labels = root.resolve("labels");
        if (!Files.isDirectory(images) || !Files.isDirectory(labels)) {
            throw new IllegalArgumentException(root + ": a training folder needs images/ and labels/ subfolders with files of the same stems");
        }
        StemPairing.Result r = StemPairing.pair(images, labels);
        if (r.pairs().isEmpty()) {
            throw new IllegalArgumentException(root + ": no image in images/ has a label file with the same stem in labels/");
        }
        return new FolderTrainingSource(root, r.pairs(), preparation);
    }

    @Override
    public int size() {
        return pairs.size();
    }

    @Override
    public TrainingSample sample(int i) throws IOException {
        return cache.get(i, k -> {
            StemPairing.Pair p = pairs.get(k);
            Image2D image = ImageReaders.read(p.first()).firstPage();
            LabelImage labels = LabelFiles.read(p.second());
            try {
                return preparation.prepare(p.stem(), image, labels);
            } catch (IllegalArgumentException e) {
                throw new IOException(p.first() + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public String describe() {
        return root.toAbsolutePath().normalize() + " (" + pairs.size() + " images)";
    }
}
