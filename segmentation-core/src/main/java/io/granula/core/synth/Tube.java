package io.granula.core.synth;

import java.util.Arrays;

/**
 * A rod or wire: all points within {@code halfWidth} of a polyline (a capsule when the line has
 * two points). Signed distance is exact: distance to the nearest segment minus the half-width.
 */
public record Tube(double[] xs, double[] ys, double halfWidth) implements Shape {
    public Tube {
        if (xs.length < 2 || xs.length != ys.length || !(halfWidth > 0)) {
            throw new IllegalArgumentException("a tube needs >= 2 points and a positive half-width");
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
        return xs.length == 2 ? ShapeKind.ROD : ShapeKind.WIRE;
    }

    /** Point half-way along the centre line. */
    @Override
    public double centreX() {
        return pointAt(centreLineLength() / 2)[0];
    }

    @Override
    public double centreY() {
        return pointAt(centreLineLength() / 2)[1];
    }

    private double[] pointAt(double s) {
        for (int i = 1; i < xs.length; i++) {
            double seg = Geometry.norm(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            if (s <= seg || i == xs.length - 1) {
                double t = seg == 0 ? 0 : Math.min(1, s / seg);
                return new double[]{xs[i - 1] + t * (xs[i] - xs[i - 1]), ys[i - 1] + t * (ys[i] - ys[i - 1])};
            }
            s -= seg;
        }
        return new double[]{xs[0], ys[0]};
    }

    public double centreLineLength() {
        double l = 0;
        for (int i = 1; i < xs.length; i++) {
            l += Geometry.norm(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        return l;
    }

    private double lineDistance(double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < xs.length; i++) {
            double ex = xs[i] - xs[i - 1], ey = ys[i] - ys[i - 1];
            double wx = x - xs[i - 1], wy = y - ys[i - 1];
            double len2 = ex * ex + ey * ey;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (wx * ex + wy * ey) / len2));
            double dx = wx - ex * t, dy = wy - ey * t;
            best = Math.min(best, dx * dx + dy * dy);
        }
        return Math.sqrt(best);
    }

    @Override
    public boolean contains(double x, double y) {
        return lineDistance(x, y) < halfWidth;
    }

    @Override
    public double signedDistance(double x, double y) {
        return lineDistance(x, y) - halfWidth;
    }

    @Override
    public Bounds bounds() {
        return new Bounds(Arrays.stream(xs).min().orElseThrow(), Arrays.stream(ys).min().orElseThrow(),
                Arrays.stream(xs).max().orElseThrow(), Arrays.stream(ys).max().orElseThrow()).grow(halfWidth);
    }

    /** Swept area 2wL + pi w² : exact for a straight rod, for a bent wire the inside of each bend is counted twice (under 1 % for the gentle bends the factory draws). */
    @Override
    public double area() {
        return 2 * halfWidth * centreLineLength() + Math.PI * halfWidth * halfWidth;
    }

    @Override
    public double length() {
        double best = 0;
        for (int i = 0; i < xs.length; i++) {
            for (int j = i + 1; j < xs.length; j++) {
                best = Math.max(best, Geometry.norm(xs[i] - xs[j], ys[i] - ys[j]));
            }
        }
        return best + 2 * halfWidth;
    }

    @Override
    public double width() {
        return 2 * halfWidth;
    }

    @Override
    public double angle() {
        int n = xs.length - 1;
        return Polygon.normaliseAxis(Math.atan2(ys[n] - ys[0], xs[n] - xs[0]));
    }

    @Override
    public double reliefScale() {
        return halfWidth;
    }

    @Override
    public Tube translated(double dx, double dy) {
        double[] nx = xs.clone(), ny = ys.clone();
        for (int i = 0; i < nx.length; i++) {
            nx[i] += dx;
            ny[i] += dy;
        }
        return new Tube(nx, ny, halfWidth);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tube t && Arrays.equals(xs, t.xs) && Arrays.equals(ys, t.ys) && halfWidth == t.halfWidth;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(xs) + Arrays.hashCode(ys)) + Double.hashCode(halfWidth);
    }

    @Override
    public String toString() {
        return "Tube[" + xs.length + " points, half-width " + halfWidth + "]";
    }
}
