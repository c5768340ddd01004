package io.granula.core.synth;

import java.util.SplittableRandom;

/**
 * Light microscopy. Transmitted bright field: particles absorb (Beer-Lambert, 1 - exp(-k t)),
 * edges are soft from the diffraction-limited point-spread function (approximated by a
 * Gaussian, sigma about 0.21 lambda / NA), and a bright halo surrounds them as in phase
 * contrast. Reflected light: particles bright on a darker mount. Uneven illumination and
 * vignetting; out-of-focus dust on the optics as broad faint shadows that are not particles.
 */
final class OpticalRenderer implements Renderer {
    @Override
    public float[] render(SceneMaps m, SplittableRandom rng) {
        int w = m.width(), h = m.height(), n = w * h;
        boolean reflected = rng.nextDouble() < 0.35;
        float[] cov = m.coverage();
        float[] thick = m.thickness();
        double t90 = Filters.quantileWithin(thick, 0.9);
        double k = t90 > 0 ? Renderer.uniform(rng, 0.5, 4) / t90 : 0;
        double opacity = Renderer.uniform(rng, 0.4, 0.95);
        float[] halo = Filters.gaussian(cov, w, h, Renderer.uniform(rng, 1.5, 6));
        double haloGain = Renderer.uniform(rng, 0.0, 0.35);
        float[] texture = Textures.fractal(w, h, Renderer.uniform(rng, 5, 30), 3, 0.5, rng);
        double texAmp = Renderer.uniform(rng, 0.0, 0.08);
        float[] out = new float[n];
        if (reflected) {
            double mount = Renderer.uniform(rng, 0.05, 0.3), bright = Renderer.uniform(rng, 0.5, 0.9);
            for (int i = 0; i < n; i++) {
                double relief = 1 - 0.3 * Math.exp(-m.insideDistance()[i] / 3);
                out[i] = (float) (mount * (1 - cov[i]) + bright * cov[i] * relief * (1 + texAmp * texture[i]));
            }
        } else {
            double background = Renderer.uniform(rng, 0.6, 0.9);
            for (int i = 0; i < n; i++) {
                double absorb = opacity * (1 - Math.exp(-k * thick[i])) * (1 + texAmp * texture[i]);
                double ring = haloGain * Math.max(0, halo[i] - cov[i]);
                out[i] = (float) (background * (1 - Math.min(1, absorb) + ring));
            }
        }
        out = Filters.gaussian(out, w, h, Renderer.uniform(rng, 0.6, 2.0));
        addDust(out, w, h, rng);
        float[] light = Textures.illumination(w, h, Renderer.uniform(rng, -0.3, 0.3), Renderer.uniform(rng, 0.05, 0.4), rng);
        for (int i = 0; i < n; i++) {
            out[i] *= light[i];
        }
        NoiseModels.shot(out, 200 * Math.exp(rng.nextDouble() * Math.log(20)), rng);
        NoiseModels.gaussian(out, Renderer.uniform(rng, 0.002, 0.015), rng);
        return out;
    }

    /** Dust on a lens or the camera window: a few large, very blurred, faint dark rings and spots. */
    private static void addDust(float[] out, int w, int h, SplittableRandom rng) {
        int specks = rng.nextInt(4);
        for (int s = 0; s < specks; s++) {
            double cx = rng.nextDouble() * w, cy = rng.nextDouble() * h;
            double r = Renderer.uniform(rng, 0.04, 0.15) * Math.min(w, h);
            double depth = Renderer.uniform(rng, 0.02, 0.08);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double d = Math.hypot(x - cx, y - cy) / r;
                    if (d < 2) {
                        out[y * w + x] *= (float) (1 - depth * Math.exp(-d * d * 2));
                    }
                }
            }
        }
    }
}
