package io.granula.scalebar.heldout;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A specimen from flat to busy: value noise at three scales (smooth-step interpolated lattice, as in
 * Perlin's 1985 "An image synthesizer" value-noise variant), dark pores with bright rims (porous
 * SEM specimens), and per-pixel detector noise. Written independently of the synth package's painter.
 */
final class PorousSpecimen {
    private PorousSpecimen() {
    }

    /** Paints rows [0, height) of {@code img} in grey; {@code busy} 0 is flat, 1 is a busy porous surface. */
    static void paint(BufferedImage img, int height, double busy, Random rnd) {
        int w = img.getWidth();
        float[] v = new float[w * height];
        float base = 70 + rnd.nextInt(110);
        java.util.Arrays.fill(v, base);
        int[] cells = {4, 16, 48};
        float[] amps = {(float) (25 * busy + 5), (float) (35 * busy), (float) (25 * busy)};
        for (int k = 0; k < cells.length; k++) {
            addValueNoise(v, w, height, Math.max(4, w / cells[k]), amps[k], rnd);
        }
        int pores = (int) (busy * busy * w * height / 900.0);
        for (int i = 0; i < pores; i++) {
            pore(v, w, height, rnd);
        }
        double sigma = 2 + rnd.nextDouble() * 10;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < w; x++) {
                int g = clamp(v[y * w + x] + (float) (sigma * rnd.nextGaussian()));
                img.setRGB(x, y, 0xFF000000 | (g << 16) | (g << 8) | g);
            }
        }
    }

    private static void addValueNoise(float[] v, int w, int h, int cell, float amp, Random rnd) {
        int gw = w / cell + 2;
        int gh = h / cell + 2;
        float[] lattice = new float[gw * gh];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = (rnd.nextFloat() * 2 - 1) * amp;
        }
        for (int y = 0; y < h; y++) {
            int gy = y / cell;
            float fy = smooth((y % cell) / (float) cell);
            for (int x = 0; x < w; x++) {
                int gx = x / cell;
                float fx = smooth((x % cell) / (float) cell);
                float a = lattice[gy * gw + gx] + fx * (lattice[gy * gw + gx + 1] - lattice[gy * gw + gx]);
                float b = lattice[(gy + 1) * gw + gx] + fx * (lattice[(gy + 1) * gw + gx + 1] - lattice[(gy + 1) * gw + gx]);
                v[y * w + x] += a + fy * (b - a);
            }
        }
    }

    private static float smooth(float t) {
        return t * t * (3 - 2 * t);
    }

    /** A dark hole with a lighter rim: the edge effect of secondary electrons at a pore's lip. */
    private static void pore(float[] v, int w, int h, Random rnd) {
        double r = 1.5 + Math.pow(rnd.nextDouble(), 2) * 14;
        double ar = 0.5 + rnd.nextDouble();
        double cx = rnd.nextDouble() * w;
        double cy = rnd.nextDouble() * h;
        float depth = 30 + rnd.nextInt(70);
        int ext = (int) Math.ceil(r * Math.max(1, ar) + 2);
        for (int y = Math.max(0, (int) cy - ext); y < Math.min(h, (int) cy + ext); y++) {
            for (int x = Math.max(0, (int) cx - ext); x < Math.min(w, (int) cx + ext); x++) {
                double d = Math.hypot((x + 0.5 - cx) / r, (y + 0.5 - cy) / (r * ar));
                if (d < 1) {
                    v[y * w + x] -= depth * (float) (1 - d * d * 0.5);
                } else if (d < 1.3) {
                    v[y * w + x] += 0.5f * depth * (float) (1.3 - d) / 0.3f;
                }
            }
        }
    }

    private static int clamp(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }
}
