package io.granula.core.bench;

import io.granula.core.label.LabelImage;

import java.util.Random;

/** Large synthetic label images for benchmarks: separated random ellipses on a grid, one per cell. */
final class BenchImages {
    private BenchImages() {
    }

    /**
     * @param size  image side in pixels
     * @param cells cells per side (cells^2 particles); each holds one ellipse that stays 1 px inside it
     */
    static LabelImage gridOfEllipses(int size, int cells, long seed) {
        int[] labels = new int[size * size];
        Random rnd = new Random(seed);
        double cell = size / (double) cells;
        int id = 0;
        for (int cy = 0; cy < cells; cy++) {
            for (int cx = 0; cx < cells; cx++) {
                id++;
                double maxR = cell / 2 - 1.5;
                double a = 3 + rnd.nextDouble() * (maxR - 3), b = 3 + rnd.nextDouble() * (a - 3);
                double theta = rnd.nextDouble() * Math.PI;
                double ox = (cx + 0.5) * cell, oy = (cy + 0.5) * cell;
                double c = Math.cos(theta), s = Math.sin(theta);
                int x0 = (int) Math.floor(ox - a - 1), x1 = (int) Math.ceil(ox + a + 1);
                int y0 = (int) Math.floor(oy - a - 1), y1 = (int) Math.ceil(oy + a + 1);
                for (int y = Math.max(0, y0); y <= Math.min(size - 1, y1); y++) {
                    for (int x = Math.max(0, x0); x <= Math.min(size - 1, x1); x++) {
                        double dx = x + 0.5 - ox, dy = y + 0.5 - oy;
                        double u = dx * c + dy * s, v = -dx * s + dy * c;
                        if (u * u / (a * a) + v * v / (b * b) <= 1) {
                            labels[y * size + x] = id;
                        }
                    }
                }
            }
        }
        return new LabelImage(size, size, labels);
    }

    /** A smooth intensity ramp with noise, so intensity statistics do real work. */
    static float[] intensity(int size, long seed) {
        float[] v = new float[size * size];
        Random rnd = new Random(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % size) * 0.01f + rnd.nextInt(256);
        }
        return v;
    }
}
