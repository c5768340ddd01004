package io.granula.core.measure;

import io.granula.core.label.LabelImage;

import java.util.Random;

/** Paints small test particles into a label raster (pixel centres at x + 0.5, y + 0.5). */
final class SyntheticLabels {
    final int width;
    final int height;
    final int[] labels;

    SyntheticLabels(int width, int height) {
        this.width = width;
        this.height = height;
        this.labels = new int[width * height];
    }

    LabelImage image() {
        return new LabelImage(width, height, labels);
    }

    SyntheticLabels pixel(int label, int x, int y) {
        labels[y * width + x] = label;
        return this;
    }

    SyntheticLabels rect(int label, int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                pixel(label, x, y);
            }
        }
        return this;
    }

    /** Ellipse with semi-axes a, b rotated by theta (radians), centred at (cx, cy). */
    SyntheticLabels ellipse(int label, double cx, double cy, double a, double b, double theta) {
        double c = Math.cos(theta), s = Math.sin(theta);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
                double u = dx * c + dy * s, v = -dx * s + dy * c;
                if ((u * u) / (a * a) + (v * v) / (b * b) <= 1.0) {
                    pixel(label, x, y);
                }
            }
        }
        return this;
    }

    /** A star-shaped blob: radius r0 modulated by 'lobes' sinusoidal lobes of relative depth 'depth'. */
    SyntheticLabels star(int label, double cx, double cy, double r0, int lobes, double depth, double phase) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
                double r = r0 * (1 + depth * Math.cos(lobes * Math.atan2(dy, dx) + phase));
                if (dx * dx + dy * dy <= r * r) {
                    pixel(label, x, y);
                }
            }
        }
        return this;
    }

    /** Clears pixels (e.g. to punch a hole). */
    SyntheticLabels clear(int x0, int y0, int w, int h) {
        return rect(0, x0, y0, w, h);
    }

    /** Random blobs of random shape over the image, each id separately, sizes from 1 to maxRadius. */
    static SyntheticLabels randomBlobs(int width, int height, int count, double maxRadius, long seed) {
        SyntheticLabels s = new SyntheticLabels(width, height);
        Random rnd = new Random(seed);
        for (int id = 1; id <= count; id++) {
            double cx = rnd.nextDouble() * width, cy = rnd.nextDouble() * height;
            double a = 0.5 + rnd.nextDouble() * maxRadius, b = 0.5 + rnd.nextDouble() * maxRadius;
            if (rnd.nextBoolean()) {
                s.ellipse(id, cx, cy, a, b, rnd.nextDouble() * Math.PI);
            } else {
                s.star(id, cx, cy, Math.max(a, b), 2 + rnd.nextInt(5), 0.1 + 0.4 * rnd.nextDouble(), rnd.nextDouble() * 6);
            }
        }
        return s;
    }
}
