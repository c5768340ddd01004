package io.granula.core.synth;

import java.util.SplittableRandom;

/** Random textures: substrates, carbon films, illumination gradients. */
final class Textures {
    private Textures() {
    }

    /**
     * Fractal value noise (sum of octaves of lattice noise with smoothstep interpolation, each
     * octave half the cell size and {@code persistence} times the amplitude; Perlin 1985 in its
     * value-noise form). Zero mean, roughly unit standard deviation.
     */
    static float[] fractal(int w, int h, double cell, int octaves, double persistence, SplittableRandom rng) {
        float[] out = new float[w * h];
        double amp = 1, norm = 0;
        for (int o = 0; o < octaves; o++) {
            double c = Math.max(1.5, cell / (1 << o));
            int gw = (int) Math.ceil(w / c) + 2, gh = (int) Math.ceil(h / c) + 2;
            float[] g = new float[gw * gh];
            for (int i = 0; i < g.length; i++) {
                g[i] = (float) SizeDistribution.gaussian(rng);
            }
            double ox = rng.nextDouble(), oy = rng.nextDouble();
            for (int y = 0; y < h; y++) {
                double fy = y / c + oy;
                int iy = (int) fy;
                double ty = smooth(fy - iy);
                for (int x = 0; x < w; x++) {
                    double fx = x / c + ox;
                    int ix = (int) fx;
                    double tx = smooth(fx - ix);
                    double top = g[iy * gw + ix] * (1 - tx) + g[iy * gw + ix + 1] * tx;
                    double bottom = g[(iy + 1) * gw + ix] * (1 - tx) + g[(iy + 1) * gw + ix + 1] * tx;
                    out[y * w + x] += (float) (amp * (top * (1 - ty) + bottom * ty));
                }
            }
            norm += amp * amp;
            amp *= persistence;
        }
        // Interpolated lattice noise has about 0.6 of the lattice's standard deviation.
        float scale = (float) (1 / (0.6 * Math.sqrt(norm)));
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    /** White Gaussian noise low-passed by a Gaussian of {@code sigma} px, rescaled to unit standard deviation (amorphous film speckle). */
    static float[] grain(int w, int h, double sigma, SplittableRandom rng) {
        float[] n = new float[w * h];
        for (int i = 0; i < n.length; i++) {
            n[i] = (float) SizeDistribution.gaussian(rng);
        }
        if (sigma < 0.2) {
            return n;
        }
        float[] b = Filters.gaussian(n, w, h, sigma);
        // A unit-variance white field blurred by a Gaussian of sigma keeps variance 1 / (4 pi sigma²).
        float scale = (float) Math.sqrt(4 * Math.PI * sigma * sigma);
        for (int i = 0; i < b.length; i++) {
            b[i] *= scale;
        }
        return b;
    }

    /** Smooth illumination: 1 + linear ramp + radial fall-off (vignetting), values around 1. */
    static float[] illumination(int w, int h, double ramp, double vignette, SplittableRandom rng) {
        float[] out = new float[w * h];
        double dir = rng.nextDouble(2 * Math.PI), c = Math.cos(dir), s = Math.sin(dir);
        double cx = w * (0.3 + 0.4 * rng.nextDouble()), cy = h * (0.3 + 0.4 * rng.nextDouble());
        double r2 = (w * w + h * h) / 4.0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = ((x - w / 2.0) * c + (y - h / 2.0) * s) / Math.max(w, h);
                double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / r2;
                out[y * w + x] = (float) ((1 + ramp * u) * (1 - vignette * d2));
            }
        }
        return out;
    }
}
