package io.granula.core.synth;

/** A sphere seen from above: exact circle. */
public record Disc(double centreX, double centreY, double radius) implements Shape {
    public Disc {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be positive: " + radius);
        }
    }

    @Override
    public ShapeKind kind() {
        return ShapeKind.DISC;
    }

    @Override
    public boolean contains(double x, double y) {
        double dx = x - centreX, dy = y - centreY;
        return dx * dx + dy * dy < radius * radius;
    }

    @Override
    public double signedDistance(double x, double y) {
        double d = Geometry.norm(x - centreX, y - centreY) - radius;
        // hypot can round a point just inside onto the circle; keep the sign of the hard test.
        return contains(x, y) ? Math.min(d, -0.0) : Math.max(d, 0.0);
    }

    @Override
    public Bounds bounds() {
        return new Bounds(centreX - radius, centreY - radius, centreX + radius, centreY + radius);
    }

    @Override
    public double area() {
        return Math.PI * radius * radius;
    }

    @Override
    public double length() {
        return 2 * radius;
    }

    @Override
    public double width() {
        return 2 * radius;
    }

    @Override
    public double angle() {
        return 0;
    }

    @Override
    public double reliefScale() {
        return radius;
    }

    @Override
    public Disc translated(double dx, double dy) {
        return new Disc(centreX + dx, centreY + dy, radius);
    }
}
