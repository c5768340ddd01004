package io.granula.core.synth;

import java.util.Arrays;

/**
 * A simple polygon (crystal facets seen from above, angular grains). Vertices in order;
 * {@code habit} names the crystal form it was drawn as ("cube", "hexagonal plate", ...).
 */
public record Polygon(double[] xs, double[] ys, String habit) implements Shape {
    public Polygon {
        if (xs.length < 3 || xs.length != ys.length) {
            throw new IllegalArgumentException("a polygon needs >= 3 vertices with x and y each");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public ShapeKind kind() {
        return ShapeKind.POLYGON;
    }

    /** Area centroid (shoelace formula). */
    @Override
    public double centreX() {
        return centroid()[0];
    }

    @Override
    public double centreY() {
        return centroid()[1];
    }

    private double[] centroid() {
        double a = 0, cx = 0, cy = 0;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            double cross = xs[j] * ys[i] - xs[i] * ys[j];
            a += cross;
            cx += (xs[j] + xs[i]) * cross;
            cy += (ys[j] + ys[i]) * cross;
        }
        return new double[]{cx / (3 * a), cy / (3 * a)};
    }

    /** Even-odd crossing test (W. R. Franklin, PNPOLY). */
    @Override
    public boolean contains(double x, double y) {
        boolean in = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y)
                    && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                in = !in;
            }
        }
        return in;
    }

    /** Exact Euclidean distance to the nearest edge, signed by {@link #contains}. */
    @Override
    public double signedDistance(double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            double ex = xs[i] - xs[j], ey = ys[i] - ys[j];
            double wx = x - xs[j], wy = y - ys[j];
            double t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
            double dx = wx - ex * t, dy = wy - ey * t;
            best = Math.min(best, dx * dx + dy * dy);
        }
        double d = Math.sqrt(best);
        return contains(x, y) ? -d : d;
    }

    @Override
    public Bounds bounds() {
        return new Bounds(Arrays.stream(xs).min().orElseThrow(), Arrays.stream(ys).min().orElseThrow(),
                Arrays.stream(xs).max().orElseThrow(), Arrays.stream(ys).max().orElseThrow());
    }

    @Override
    public double area() {
        double a = 0;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            a += xs[j] * ys[i] - xs[i] * ys[j];
        }
        return Math.abs(a) / 2;
    }

    private double perimeter() {
        double p = 0;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            p += Geometry.norm(xs[i] - xs[j], ys[i] - ys[j]);
        }
        return p;
    }

    @Override
    public double length() {
        double best = 0;
        for (int i = 0; i < xs.length; i++) {
            for (int j = i + 1; j < xs.length; j++) {
                best = Math.max(best, Geometry.norm(xs[i] - xs[j], ys[i] - ys[j]));
            }
        }
        return best;
    }

    /** Minimum caliper width over the edge directions (exact for convex polygons). */
    @Override
    public double width() {
        double best = Double.MAX_VALUE;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            double ex = xs[i] - xs[j], ey = ys[i] - ys[j], len = Geometry.norm(ex, ey);
            double far = 0;
            for (int k = 0; k < xs.length; k++) {
                far = Math.max(far, Math.abs((xs[k] - xs[j]) * ey - (ys[k] - ys[j]) * ex) / len);
            }
            best = Math.min(best, far);
        }
        return best;
    }

    @Override
    public double angle() {
        double best = -1, angle = 0;
        for (int i = 0; i < xs.length; i++) {
            for (int j = i + 1; j < xs.length; j++) {
                double d = Geometry.norm(xs[i] - xs[j], ys[i] - ys[j]);
                if (d > best) {
                    best = d;
                    angle = Math.atan2(ys[j] - ys[i], xs[j] - xs[i]);
                }
            }
        }
        return normaliseAxis(angle);
    }

    /** Inradius of a tangential polygon, 2A/P; a close estimate for the others. */
    @Override
    public double reliefScale() {
        return 2 * area() / perimeter();
    }

    @Override
    public Polygon translated(double dx, double dy) {
        double[] nx = xs.clone(), ny = ys.clone();
        for (int i = 0; i < nx.length; i++) {
            nx[i] += dx;
            ny[i] += dy;
        }
        return new Polygon(nx, ny, habit);
    }

    /** Folds an axis direction into [0, pi): a long axis has no sign. */
    static double normaliseAxis(double a) {
        double r = a % Math.PI;
        return r < 0 ? r + Math.PI : r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polygon p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys) && habit.equals(p.habit);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(xs) + Arrays.hashCode(ys)) + habit.hashCode();
    }

    @Override
    public String toString() {
        return "Polygon[" + habit + ", " + xs.length + " vertices, centre " + centreX() + "," + centreY() + "]";
    }
}
