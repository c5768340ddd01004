package io.granula.core.synth;

/**
 * A particle outline in continuous image coordinates: pixel {@code (i, j)} is the unit square
 * whose centre is {@code (i + 0.5, j + 0.5)}, the same convention as ImageJ's centroids.
 *
 * <p>Two views of one outline: {@link #contains} is the hard inside test that decides the label
 * of a pixel centre, and {@link #signedDistance} (negative inside) drives anti-aliasing and the
 * surface profile of the rendered image. Implementations guarantee that the sign of the
 * distance agrees with {@code contains}, so an image pixel is more than half covered exactly
 * when its label says so.
 */
public sealed interface Shape permits Disc, Ellipse, Polygon, Tube, Blob {
    ShapeKind kind();

    double centreX();

    double centreY();

    boolean contains(double x, double y);

    /** Distance to the outline, negative inside; exact or a first-order approximation (see each shape). */
    double signedDistance(double x, double y);

    Bounds bounds();

    /** Area of the whole outline in px², exact (analytic) unless a shape says otherwise. */
    double area();

    /** Largest extent (maximum Feret diameter) in px. */
    double length();

    /** Smallest extent across (minimum Feret diameter for convex shapes, wire thickness for wires) in px. */
    double width();

    /** Orientation of the long axis in radians, counter-clockwise from +x with y pointing down the image. */
    double angle();

    /** Distance from the outline at which the surface reaches its full height (sphere radius, rod half-width). */
    double reliefScale();

    Shape translated(double dx, double dy);

    /** Equivalent circular diameter sqrt(4A/pi) of the whole outline (ISO 9276-6 "area-equivalent diameter"). */
    default double equivalentDiameter() {
        return Math.sqrt(4 * area() / Math.PI);
    }

    default Shape movedTo(double x, double y) {
        return translated(x - centreX(), y - centreY());
    }
}
