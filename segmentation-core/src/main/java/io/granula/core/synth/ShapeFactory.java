package io.granula.core.synth;

import java.util.SplittableRandom;

/**
 * Draws one outline of a given kind whose area-equivalent diameter is the requested size, so a
 * size distribution means the same thing for every morphology (ISO 9276-6 area-equivalent diameter).
 */
public final class ShapeFactory {
    /** Crystal forms seen from above, with their outline as vertex angles (degrees) on a unit circle and radii. */
    private enum Habit {
        TRIANGLE("triangular plate", new double[]{90, 210, 330}, null),
        CUBE("cube", new double[]{45, 135, 225, 315}, null),
        CUBOID("cuboid", null, null),
        RHOMB("rhombic crystal", new double[]{0, 90, 180, 270}, new double[]{1, 0.6, 1, 0.6}),
        HEXAGON("hexagonal plate", new double[]{0, 60, 120, 180, 240, 300}, null),
        PENTAGON("decahedron", new double[]{90, 162, 234, 306, 18}, null),
        OCTAGON("truncated cube", null, null),
        GRAIN("angular grain", null, null);

        final String label;
        final double[] degrees;
        final double[] radii;

        Habit(String label, double[] degrees, double[] radii) {
            this.label = label;
            this.degrees = degrees;
            this.radii = radii;
        }
    }

    /** Thinner rods and wires than this would be one or two pixels across, which no annotator draws. */
    private static final double MIN_ROD_HALF_WIDTH = 1.5;
    private static final double MIN_WIRE_HALF_WIDTH = 1.75;

    /** Largest capsule aspect ratio with this area and at least this half-width (inverse of A = 4w²(aspect - 1) + pi w²). */
    private static double maxAspect(double area, double minHalfWidth) {
        return 1 + (area / (minHalfWidth * minHalfWidth) - Math.PI) / 4;
    }

    public Shape shape(ShapeKind kind, double diameter, double x, double y, SplittableRandom rng) {
        double r = diameter / 2;
        double area = Math.PI * r * r;
        double angle = rng.nextDouble(Math.PI);
        return switch (kind) {
            case DISC -> new Disc(x, y, r);
            case ELLIPSE -> {
                double aspect = 1.15 + rng.nextDouble() * rng.nextDouble() * 2.2;
                yield new Ellipse(x, y, r * Math.sqrt(aspect), r / Math.sqrt(aspect), angle);
            }
            case POLYGON -> polygon(Habit.values()[rng.nextInt(Habit.values().length)], area, x, y, angle, rng);
            case ROD -> rod(area, x, y, angle, Math.max(1.3, Math.min(2.2 + rng.nextDouble() * 6, maxAspect(area, MIN_ROD_HALF_WIDTH))), rng);
            case WIRE -> {
                double aspect = Math.min(12 + rng.nextDouble() * 40, maxAspect(area, MIN_WIRE_HALF_WIDTH));
                yield aspect < 8 ? rod(area, x, y, angle, Math.max(1.3, Math.min(aspect, 8)), rng) : wire(area, x, y, angle, aspect, rng);
            }
            case BLOB -> blob(area, x, y, rng);
        };
    }

    /**
     * Relief that matches the morphology: spheres, cylinders and blobs are domes; crystals are
     * faceted, either pyramids (octahedra, tetrahedra) or flat-topped plates with a bevel.
     */
    public SurfaceRelief relief(Shape shape, SplittableRandom rng) {
        if (shape instanceof Polygon p) {
            double inradius = p.reliefScale();
            double slope = 0.5 + rng.nextDouble() * 1.2;
            double plateau = inradius * slope * (rng.nextDouble() < 0.4 ? 1 : 0.15 + rng.nextDouble() * 0.5);
            return SurfaceRelief.faceted(slope, Math.max(plateau, 0.5));
        }
        return SurfaceRelief.dome(shape.reliefScale());
    }

    private static Polygon polygon(Habit habit, double area, double x, double y, double angle, SplittableRandom rng) {
        double[] deg;
        double[] rad;
        switch (habit) {
            case CUBOID -> {
                double h = 25 + rng.nextDouble() * 15;
                deg = new double[]{h, 180 - h, 180 + h, 360 - h};
                rad = new double[]{1, 1, 1, 1};
            }
            case GRAIN -> {
                int n = 5 + rng.nextInt(5);
                deg = new double[n];
                rad = new double[n];
                for (int i = 0; i < n; i++) {
                    // Evenly spread corners with jitter keep the grain star-shaped and mostly convex.
                    deg[i] = (i + 0.15 + rng.nextDouble() * 0.7) * 360.0 / n;
                    rad[i] = 0.65 + rng.nextDouble() * 0.35;
                }
            }
            case OCTAGON -> {
                // A square of half-side 1 with its corners cut back by c along both edges: the new
                // vertices (1, 1 - c) sit at atan(1 - c) from the edge normal.
                double c = 0.15 + rng.nextDouble() * 0.3;
                double half = 45 - Math.toDegrees(Math.atan(1 - c));
                double radius = Math.hypot(1, 1 - c);
                deg = new double[8];
                rad = new double[8];
                for (int i = 0; i < 4; i++) {
                    deg[2 * i] = 45 + 90 * i - half;
                    deg[2 * i + 1] = 45 + 90 * i + half;
                    rad[2 * i] = rad[2 * i + 1] = radius;
                }
            }
            default -> {
                deg = habit.degrees.clone();
                rad = habit.radii == null ? filled(deg.length, 1) : habit.radii.clone();
            }
        }
        int n = deg.length;
        double[] xs = new double[n], ys = new double[n];
        double jitter = habit == Habit.GRAIN ? 0 : 0.04;
        for (int i = 0; i < n; i++) {
            double t = Math.toRadians(deg[i]) + angle;
            double ri = rad[i] * (1 + (rng.nextDouble() * 2 - 1) * jitter);
            xs[i] = ri * Math.cos(t);
            ys[i] = ri * Math.sin(t);
        }
        double scale = Math.sqrt(area / new Polygon(xs, ys, habit.label).area());
        for (int i = 0; i < n; i++) {
            xs[i] *= scale;
            ys[i] *= scale;
        }
        Polygon unit = new Polygon(xs, ys, habit.label);
        return unit.translated(x - unit.centreX(), y - unit.centreY());
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Capsule of total length / width = aspect with the requested area: A = 4w²(aspect - 1) + pi w², w the half-width. */
    private static Tube rod(double area, double x, double y, double angle, double aspect, SplittableRandom rng) {
        double w = Math.sqrt(area / (4 * (aspect - 1) + Math.PI));
        double half = w * (aspect - 1);
        double c = Math.cos(angle), s = Math.sin(angle);
        return new Tube(new double[]{x - half * c, x + half * c}, new double[]{y - half * s, y + half * s}, w);
    }

    /** A bent wire: a centre line whose heading drifts smoothly (a random walk in curvature). */
    private static Tube wire(double area, double x, double y, double angle, double aspect, SplittableRandom rng) {
        double w = Math.sqrt(area / (4 * (aspect - 1) + Math.PI));
        double lineLength = 2 * w * (aspect - 1);
        int n = 16;
        double step = lineLength / (n - 1);
        double[] xs = new double[n], ys = new double[n];
        double heading = angle, curvature = (rng.nextDouble() * 2 - 1) * 1.5 / lineLength;
        for (int i = 1; i < n; i++) {
            curvature += (rng.nextDouble() * 2 - 1) * 0.8 / lineLength;
            heading += curvature * step;
            xs[i] = xs[i - 1] + step * Math.cos(heading);
            ys[i] = ys[i - 1] + step * Math.sin(heading);
        }
        Tube t = new Tube(xs, ys, w);
        return t.translated(x - t.centreX(), y - t.centreY());
    }

    /** Harmonic k gets amplitude ~ 0.25 / k so outlines are lumpy but not spiky (amplitudes sum below 0.7). */
    private static Blob blob(double area, double x, double y, SplittableRandom rng) {
        int harmonics = 5;
        double[] amp = new double[harmonics], ph = new double[harmonics];
        double roughness = 0.3 + rng.nextDouble() * 0.7;
        double sum = 0;
        for (int k = 0; k < harmonics; k++) {
            amp[k] = (rng.nextDouble() * 2 - 1) * roughness * 0.3 / (k + 1.5);
            ph[k] = rng.nextDouble(2 * Math.PI);
            sum += Math.abs(amp[k]);
        }
        if (sum > 0.7) {
            for (int k = 0; k < harmonics; k++) {
                amp[k] *= 0.7 / sum;
            }
        }
        double s = 1;
        for (double a : amp) {
            s += a * a / 2;
        }
        return new Blob(x, y, Math.sqrt(area / (Math.PI * s)), amp, ph);
    }
}
