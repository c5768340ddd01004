package io.granula.core.synth;

/** A rotated ellipse with semi-axes {@code a >= b}. */
public record Ellipse(double centreX, double centreY, double a, double b, double angle) implements Shape {
    public Ellipse {
        if (!(b > 0 && a >= b)) {
            throw new IllegalArgumentException("need a >= b > 0: a=" + a + " b=" + b);
        }
    }

    @Override
    public ShapeKind kind() {
        return ShapeKind.ELLIPSE;
    }

    private double u(double x, double y) {
        return (x - centreX) * Math.cos(angle) + (y - centreY) * Math.sin(angle);
    }

    private double v(double x, double y) {
        return -(x - centreX) * Math.sin(angle) + (y - centreY) * Math.cos(angle);
    }

    @Override
    public boolean contains(double x, double y) {
        double u = u(x, y) / a, v = v(x, y) / b;
        return u * u + v * v < 1;
    }

    /**
     * First-order distance k0 (k0 - 1) / k1 with k0 = |p / r|, k1 = |p / r²| (I. Quilez,
     * "Ellipse - distance estimation"); exact on the outline, good to a few percent inside.
     */
    @Override
    public double signedDistance(double x, double y) {
        double u = u(x, y), v = v(x, y);
        double k0 = Geometry.norm(u / a, v / b);
        double k1 = Geometry.norm(u / (a * a), v / (b * b));
        boolean inside = contains(x, y);
        if (k1 < 1e-12) {
            return -b;
        }
        double d = k0 * (k0 - 1) / k1;
        return inside ? Math.min(d, -0.0) : Math.max(d, 0.0);
    }

    @Override
    public Bounds bounds() {
        double c = Math.cos(angle), s = Math.sin(angle);
        double hx = Geometry.norm(a * c, b * s), hy = Geometry.norm(a * s, b * c);
        return new Bounds(centreX - hx, centreY - hy, centreX + hx, centreY + hy);
    }

    @Override
    public double area() {
        return Math.PI * a * b;
    }

    @Override
    public double length() {
        return 2 * a;
    }

    @Override
    public double width() {
        return 2 * b;
    }

    @Override
    public double reliefScale() {
        return b;
    }

    @Override
    public Ellipse translated(double dx, double dy) {
        return new Ellipse(centreX + dx, centreY + dy, a, b, angle);
    }
}
