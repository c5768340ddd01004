package io.granula.core.synth;

import java.util.SplittableRandom;

/**
 * Bright-field TEM. Mass-thickness contrast: transmission exp(-kappa * rho t) through every
 * particle on the path (Reimer and Kohl, "Transmission Electron Microscopy", sec. 6.1), plus
 * diffraction darkening of crystals near a Bragg condition. Defocus adds Fresnel fringes; to
 * first order the intensity change is proportional to the Laplacian of the projected
 * potential, dI = -(lambda dz / 2 pi) laplacian(phi) (transport-of-intensity equation, Teague
 * 1983), so an under-focused image shows a bright fringe just outside every edge. The
 * amorphous carbon film gives fine speckle and slow thickness variations.
 */
final class TemRenderer implements Renderer {
    @Override
    public float[] render(SceneMaps m, SplittableRandom rng) {
        int w = m.width(), h = m.height(), n = w * h;
        float[] mass = m.massThickness();
        double thick = Filters.quantileWithin(mass, 0.9);
        // Scale absorption so the thickest typical particles transmit 5-60 % of the beam.
        double kappa = thick > 0 ? -Math.log(Renderer.uniform(rng, 0.05, 0.6)) / thick : 0;
        double diffractionScale = Renderer.uniform(rng, 0.3, 1.2);

        double film = Renderer.uniform(rng, 0.82, 0.96);
        float[] speckle = Textures.grain(w, h, Renderer.uniform(rng, 0.6, 1.6), rng);
        float[] slow = Textures.fractal(w, h, Renderer.uniform(rng, 40, 200), 3, 0.5, rng);
        double speckleAmp = Renderer.uniform(rng, 0.015, 0.08), slowAmp = Renderer.uniform(rng, 0.0, 0.05);

        float[] phase = Filters.gaussian(m.thickness(), w, h, Renderer.uniform(rng, 0.6, 2.0));
        float[] lap = Filters.laplacian(phase, w, h);
        double lapScale = Filters.quantile(absolute(lap), 0.995);
        // Mostly under-focus (bright outer fringe), as microscopists set it to see edges; sometimes over-focus.
        double fringe = Renderer.uniform(rng, 0.03, 0.3) * (rng.nextDouble() < 0.8 ? 1 : -1) / Math.max(lapScale, 1e-6);

        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double filmT = film * (1 + speckleAmp * speckle[i] + slowAmp * slow[i]);
            double t = Math.exp(-kappa * mass[i] - diffractionScale * m.diffraction()[i]);
            out[i] = (float) Math.max(0, filmT * t + fringe * lap[i]);
        }
        out = Filters.gaussian(out, w, h, Renderer.uniform(rng, 0.4, 1.0));
        float[] beam = Textures.illumination(w, h, Renderer.uniform(rng, -0.15, 0.15), Renderer.uniform(rng, 0, 0.25), rng);
        for (int i = 0; i < n; i++) {
            out[i] *= beam[i];
        }
        NoiseModels.shot(out, 20 * Math.exp(rng.nextDouble() * Math.log(100)), rng);
        NoiseModels.gaussian(out, Renderer.uniform(rng, 0.001, 0.01), rng);
        return out;
    }

    private static float[] absolute(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.abs(v[i]);
        }
        return out;
    }
}
