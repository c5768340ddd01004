package io.granula.core.synth;

import java.util.SplittableRandom;

/** Turns the physics of a scene into a detector signal (relative units; the quantizer maps it to pixel values). */
interface Renderer {
    float[] render(SceneMaps maps, SplittableRandom rng);

    static Renderer forStyle(SynthStyle style) {
        return switch (style) {
            case SEM -> new SemRenderer(SemRenderer.Detector.SECONDARY);
            case BSE -> new SemRenderer(SemRenderer.Detector.BACKSCATTER);
            case TEM -> new TemRenderer();
            case HAADF -> new HaadfRenderer();
            case OPTICAL -> new OpticalRenderer();
        };
    }

    static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + rng.nextDouble() * (hi - lo);
    }
}
