package io.granula.core.synth;

/** Shared numeric helpers for the shapes. */
final class Geometry {
    private Geometry() {
    }

    /** sqrt(x² + y²) without Math.hypot's overflow guard, which costs ten times more and is not needed at image scales. */
    static double norm(double x, double y) {
        return Math.sqrt(x * x + y * y);
    }
}
