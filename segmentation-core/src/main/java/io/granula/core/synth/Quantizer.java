package io.granula.core.synth;

import io.granula.core.image.PixelType;

import java.util.SplittableRandom;

/**
 * Maps a detector signal to stored pixel values the way an operator's brightness/contrast
 * setting does: a black and a white level somewhere around the 0.1 % and 99.9 % quantiles,
 * a little clipping allowed, and 16-bit cameras rarely using their whole range.
 */
final class Quantizer {
    private Quantizer() {
    }

    static float[] quantize(float[] signal, PixelType type, SplittableRandom rng) {
        double max = type == PixelType.UINT16 ? 65535 : 255;
        double lo = Filters.quantile(signal, Renderer.uniform(rng, 0.0005, 0.01));
        double hi = Filters.quantile(signal, Renderer.uniform(rng, 0.99, 0.9995));
        if (hi <= lo) {
            hi = lo + 1e-6;
        }
        double black = max * Renderer.uniform(rng, 0, 0.1);
        double white = type == PixelType.UINT16 ? max * Renderer.uniform(rng, 0.08, 0.9) : max * Renderer.uniform(rng, 0.82, 1.0);
        double scale = (white - black) / (hi - lo);
        float[] out = new float[signal.length];
        for (int i = 0; i < out.length; i++) {
            double v = Math.rint(black + (signal[i] - lo) * scale);
            out[i] = (float) Math.max(0, Math.min(max, v));
        }
        return out;
    }
}
