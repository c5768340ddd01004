package io.granula.core.synth;

import java.util.Arrays;

/**
 * An irregular rounded particle: star-convex outline r(t) = R (1 + sum_k a_k cos(k t + p_k))
 * around its centre, harmonics k = 2, 3, ... The factory keeps sum |a_k| below 1 so the radius stays positive.
 */
public record Blob(double centreX, double centreY, double radius, double[] amplitudes, double[] phases) implements Shape {
    public Blob {
        if (!(radius > 0) || amplitudes.length != phases.length) {
            throw new IllegalArgumentException("a blob needs a positive radius and one phase per amplitude");
        }
        double sum = Arrays.stream(amplitudes).map(Math::abs).sum();
        if (sum >= 0.95) {
            throw new IllegalArgumentException("harmonic amplitudes too large: " + sum);
        }
        amplitudes = amplitudes.clone();
        phases = phases.clone();
    }

    @Override
    public double[] amplitudes() {
        return amplitudes.clone();
    }

    @Override
    public double[] phases() {
        return phases.clone();
    }

    @Override
    public ShapeKind kind() {
        return ShapeKind.BLOB;
    }

    double radiusAt(double t) {
        double r = 1;
        for (int k = 0; k < amplitudes.length; k++) {
            r += amplitudes[k] * Math.cos((k + 2) * t + phases[k]);
        }
        return radius * r;
    }

    private double radiusSlope(double t) {
        double r = 0;
        for (int k = 0; k < amplitudes.length; k++) {
            r -= (k + 2) * amplitudes[k] * Math.sin((k + 2) * t + phases[k]);
        }
        return radius * r;
    }

    @Override
    public boolean contains(double x, double y) {
        double dx = x - centreX, dy = y - centreY;
        return Geometry.norm(dx, dy) < radiusAt(Math.atan2(dy, dx));
    }

    /** First-order distance (rho - r(t)) / sqrt(1 + (r'(t) / r(t))²): exact on the outline, signed by {@link #contains}. */
    @Override
    public double signedDistance(double x, double y) {
        double dx = x - centreX, dy = y - centreY;
        double t = Math.atan2(dy, dx);
        double r = radiusAt(t), slope = radiusSlope(t) / r;
        double d = (Geometry.norm(dx, dy) - r) / Math.sqrt(1 + slope * slope);
        return contains(x, y) ? Math.min(d, -0.0) : Math.max(d, 0.0);
    }

    private double maxRadius() {
        double m = 1;
        for (double a : amplitudes) {
            m += Math.abs(a);
        }
        return radius * m;
    }

    @Override
    public Bounds bounds() {
        double r = maxRadius();
        return new Bounds(centreX - r, centreY - r, centreX + r, centreY + r);
    }

    /** Exact: (1/2) integral r² dt = pi R² (1 + sum a_k² / 2) by orthogonality of the harmonics. */
    @Override
    public double area() {
        double s = 1;
        for (double a : amplitudes) {
            s += a * a / 2;
        }
        return Math.PI * radius * radius * s;
    }

    private double[][] outline() {
        int n = 128;
        double[][] p = new double[2][n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n, r = radiusAt(t);
            p[0][i] = r * Math.cos(t);
            p[1][i] = r * Math.sin(t);
        }
        return p;
    }

    /** Caliper extents of the outline (128 samples) over 180 directions, one degree apart. */
    private double[] calipers() {
        double[][] p = outline();
        double[] extent = new double[180];
        for (int a = 0; a < 180; a++) {
            double c = Math.cos(Math.toRadians(a)), s = Math.sin(Math.toRadians(a));
            double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
            for (int i = 0; i < p[0].length; i++) {
                double proj = p[0][i] * c + p[1][i] * s;
                lo = Math.min(lo, proj);
                hi = Math.max(hi, proj);
            }
            extent[a] = hi - lo;
        }
        return extent;
    }

    /** Maximum Feret diameter: the widest caliper extent. */
    @Override
    public double length() {
        return Arrays.stream(calipers()).max().orElseThrow();
    }

    /** Minimum Feret diameter: the narrowest caliper extent. */
    @Override
    public double width() {
        return Arrays.stream(calipers()).min().orElseThrow();
    }

    /** Direction of the maximum Feret diameter. */
    @Override
    public double angle() {
        double[] e = calipers();
        int best = 0;
        for (int a = 1; a < e.length; a++) {
            if (e[a] > e[best]) {
                best = a;
            }
        }
        return Math.toRadians(best);
    }

    @Override
    public double reliefScale() {
        return radius * 0.8;
    }

    @Override
    public Blob translated(double dx, double dy) {
        return new Blob(centreX + dx, centreY + dy, radius, amplitudes, phases);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Blob b && centreX == b.centreX && centreY == b.centreY && radius == b.radius
                && Arrays.equals(amplitudes, b.amplitudes) && Arrays.equals(phases, b.phases);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(centreX) * 31 + Double.hashCode(centreY) * 17 + Arrays.hashCode(amplitudes);
    }

    @Override
    public String toString() {
        return "Blob[" + centreX + "," + centreY + " r=" + radius + "]";
    }
}
