package io.granula.core.synth;

import java.util.SplittableRandom;

/**
 * Scanning electron micrographs. Secondary electrons: yield rises with the local tilt as
 * sec(theta) (Reimer, "Scanning Electron Microscopy", 2nd ed., sec. 4.1.2, tilt and edge
 * effects), with an extra edge band of about the SE escape range where electrons leave through
 * the side walls, brighter faces towards an Everhart-Thornley detector and shadows behind tall
 * particles. Backscattered electrons: signal grows with mean atomic number (material contrast),
 * topography weak, noisier at the same dwell time.
 */
final class SemRenderer implements Renderer {
    enum Detector { SECONDARY, BACKSCATTER }

    private final Detector detector;

    SemRenderer(Detector detector) {
        this.detector = detector;
    }

    @Override
    public float[] render(SceneMaps m, SplittableRandom rng) {
        int w = m.width(), h = m.height(), n = w * h;
        boolean se = detector == Detector.SECONDARY;
        double substrate = se ? Renderer.uniform(rng, 0.12, 0.42) : Renderer.uniform(rng, 0.05, 0.25);
        double particle = se ? substrate * Renderer.uniform(rng, 1.3, 2.6) : Renderer.uniform(rng, 0.45, 0.8);
        double secantPower = se ? Renderer.uniform(rng, 0.7, 1.2) : Renderer.uniform(rng, 0.1, 0.3);
        double edgeGain = se ? particle * Renderer.uniform(rng, 0.3, 1.3) : particle * Renderer.uniform(rng, 0.0, 0.15);
        double edgeRange = Renderer.uniform(rng, 0.6, 2.5);
        double facingGain = Renderer.uniform(rng, 0.05, se ? 0.4 : 0.5);
        double azimuth = rng.nextDouble(2 * Math.PI), ca = Math.cos(azimuth), sa = Math.sin(azimuth);
        double materialPower = se ? 0.3 : 1.2;

        float[] substrateTexture = Textures.fractal(w, h, Renderer.uniform(rng, 15, 120), 4, 0.55, rng);
        float[] grain = Textures.grain(w, h, Renderer.uniform(rng, 0.5, 1.5), rng);
        double textureAmp = Renderer.uniform(rng, 0.02, 0.12), grainAmp = Renderer.uniform(rng, 0.0, 0.08);
        float[] surf = m.surface();
        float[] shadow = shadow(surf, w, h, ca, sa, Renderer.uniform(rng, 0.3, 1.0), 40);
        double shadowGain = Renderer.uniform(rng, 0.1, 0.45);

        float[] out = new float[n];
        for (int y = 0; y < h; y++) {
            int ym = Math.max(0, y - 1), yp = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int xm = Math.max(0, x - 1), xp = Math.min(w - 1, x + 1);
                double gx = (surf[y * w + xp] - surf[y * w + xm]) / 2, gy = (surf[yp * w + x] - surf[ym * w + x]) / 2;
                double sec = Math.min(6, Math.sqrt(1 + gx * gx + gy * gy));
                double facing = -(gx * ca + gy * sa) / sec;
                double cov = m.coverage()[i];
                double bg = substrate * (1 + textureAmp * substrateTexture[i] + grainAmp * grain[i]);
                double top = particle * Math.pow(Math.max(0.05, m.material()[i] / Math.max(cov, 1e-3)), materialPower);
                double v = (bg * (1 - cov) + top * cov) * Math.pow(sec, secantPower);
                v *= 1 + facingGain * facing;
                v += edgeGain * cov * Math.exp(-m.insideDistance()[i] / edgeRange);
                v *= 1 - shadowGain * shadow[i];
                out[i] = (float) Math.max(0, v);
            }
        }
        out = Filters.gaussian(out, w, h, Renderer.uniform(rng, 0.3, 1.2));
        if (se && rng.nextDouble() < 0.25) {
            double threshold = Filters.quantile(out, 0.97);
            NoiseModels.chargingStreaks(out, w, h, threshold, Renderer.uniform(rng, 0.2, 0.8), Renderer.uniform(rng, 5, 60), rng);
        }
        float[] light = Textures.illumination(w, h, Renderer.uniform(rng, -0.3, 0.3), Renderer.uniform(rng, 0, 0.2), rng);
        for (int i = 0; i < n; i++) {
            out[i] *= light[i];
        }
        double dose = se ? 8 * Math.exp(rng.nextDouble() * Math.log(40)) : 3 * Math.exp(rng.nextDouble() * Math.log(30));
        NoiseModels.shot(out, dose, rng);
        NoiseModels.gaussian(out, Renderer.uniform(rng, 0.002, 0.02), rng);
        if (rng.nextDouble() < 0.6) {
            NoiseModels.scanLines(out, w, h, Renderer.uniform(rng, 0.005, 0.04), Renderer.uniform(rng, 0, 0.2), rng);
        }
        return out;
    }

    /**
     * How much each pixel is hidden from the detector: the largest rise of the surface along the
     * detector direction above a line climbing at {@code tan} per px, over {@code reach} px, squashed to 0..1.
     */
    private static float[] shadow(float[] surf, int w, int h, double ca, double sa, double tan, int reach) {
        float[] out = new float[surf.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double base = surf[y * w + x], rise = 0;
                for (int s = 1; s <= reach; s++) {
                    int xx = (int) Math.round(x + s * ca), yy = (int) Math.round(y + s * sa);
                    if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
                        break;
                    }
                    rise = Math.max(rise, surf[yy * w + xx] - base - s * tan);
                }
                out[y * w + x] = (float) (1 - Math.exp(-rise / 3));
            }
        }
        return out;
    }
}
