package io.granula.core.synth;

import java.util.SplittableRandom;

/**
 * HAADF-STEM: incoherent Z contrast, signal proportional to projected thickness times Z^1.7
 * (Pennycook and Jesson 1991; exponents 1.6-1.9 are reported), on a faint amorphous carbon
 * support, blurred by the probe, counted by the detector (Poisson), with scan-line jitter.
 */
final class HaadfRenderer implements Renderer {
    @Override
    public float[] render(SceneMaps m, SplittableRandom rng) {
        int w = m.width(), h = m.height(), n = w * h;
        float[] z = m.zThickness();
        double peak = Filters.quantileWithin(z, 0.9);
        double gain = peak > 0 ? Renderer.uniform(rng, 0.8, 1.3) / peak : 0;
        double support = Renderer.uniform(rng, 0.02, 0.12);
        float[] film = Textures.grain(w, h, Renderer.uniform(rng, 0.6, 1.5), rng);
        float[] slow = Textures.fractal(w, h, Renderer.uniform(rng, 50, 200), 3, 0.5, rng);
        double filmAmp = Renderer.uniform(rng, 0.1, 0.4);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double bg = support * (1 + filmAmp * film[i] + 0.2 * slow[i]);
            out[i] = (float) Math.max(0, bg + gain * z[i]);
        }
        out = Filters.gaussian(out, w, h, Renderer.uniform(rng, 0.5, 1.4));
        double dose = 5 * Math.exp(rng.nextDouble() * Math.log(60));
        NoiseModels.shot(out, dose, rng);
        NoiseModels.gaussian(out, Renderer.uniform(rng, 0.003, 0.03), rng);
        NoiseModels.scanLines(out, w, h, Renderer.uniform(rng, 0.0, 0.05), Renderer.uniform(rng, 0.05, 0.3), rng);
        return out;
    }
}
