package io.granula.core.dynamics;

import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.image.ImageReadException;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Label images for the dynamics tests: the shared StarDist nuclei and synthetic touching shapes. */
final class TestImages {
    private TestImages() {
    }

    static Path sharedData() {
        return Path.of(System.getProperty("granula.shared.data", "../shared/data"));
    }

    static Path nucleiLabels() {
        return sharedData().resolve("stardist/nuclei-512-labels.tif");
    }

    static boolean nucleiPresent() {
        return Files.isRegularFile(nucleiLabels());
    }

    static LabelImage readLabels(Path file) {
        try {
            return LabelTiff.read(file);
        } catch (ImageReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AP = TP / (TP + FP + FN) at one IoU threshold (core's evaluation). */
    static double averagePrecision(LabelImage truth, LabelImage predicted, double iou) {
        return InstanceEvaluation.of(truth, predicted, java.util.List.of(iou)).metrics().get(0).ap();
    }

    /** Repeats a label image to {@code size x size}, each copy with its own ids. */
    static LabelImage tile(LabelImage src, int size) {
        int[] out = new int[size * size];
        int max = src.maxLabel();
        int tile = 0;
        for (int ty = 0; ty < size; ty += src.height()) {
            for (int tx = 0; tx < size; tx += src.width(), tile++) {
                for (int y = 0; y < src.height() && ty + y < size; y++) {
                    for (int x = 0; x < src.width() && tx + x < size; x++) {
                        int v = src.get(x, y);
                        out[(ty + y) * size + tx + x] = v == 0 ? 0 : v + tile * max;
                    }
                }
            }
        }
        return new LabelImage(size, size, out);
    }

    /**
     * Touching discs, ellipses and concave (bean / crescent-like) blobs on a grid, each shape
     * drawn over its neighbours so that they touch; seeded, so reproducible.
     */
    static LabelImage touchingShapes(int size, long seed) {
        Random r = new Random(seed);
        int[] l = new int[size * size];
        int id = 0;
        int step = 22;
        for (int cy = 14; cy < size - 14; cy += step) {
            for (int cx = 14; cx < size - 14; cx += step) {
                id++;
                double ox = cx + r.nextGaussian() * 2;
                double oy = cy + r.nextGaussian() * 2;
                int kind = id % 3;
                double a = 9 + r.nextDouble() * 4;
                double b = kind == 1 ? a * (0.55 + 0.3 * r.nextDouble()) : a;
                double th = r.nextDouble() * Math.PI;
                for (int y = (int) (oy - 16); y <= oy + 16; y++) {
                    for (int x = (int) (ox - 16); x <= ox + 16; x++) {
                        if (x < 0 || y < 0 || x >= size || y >= size) {
                            continue;
                        }
                        double dx = x - ox;
                        double dy = y - oy;
                        double u = dx * Math.cos(th) + dy * Math.sin(th);
                        double v = -dx * Math.sin(th) + dy * Math.cos(th);
                        boolean in = (u * u) / (a * a) + (v * v) / (b * b) <= 1;
                        if (kind == 2) {
                            // concave: an ellipse with a bite taken out of one side
                            double bu = u - a * 0.9;
                            in = in && (bu * bu + v * v) > (a * 0.55) * (a * 0.55);
                        }
                        if (in) {
                            l[y * size + x] = id;
                        }
                    }
                }
            }
        }
        return new LabelImage(size, size, l);
    }
}
