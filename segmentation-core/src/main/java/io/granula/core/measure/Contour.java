package io.granula.core.measure;

import java.util.Arrays;

/**
 * A closed polygon through pixel corners, in image coordinates: vertex (x, y) is the top-left corner of
 * pixel (x, y), so a one-pixel particle at (3, 5) is the square (3,5)-(4,5)-(4,6)-(3,6). Vertices are
 * listed once (the closing edge back to vertex 0 is implied). Arrays are shared, not copied: a Contour is
 * a value by convention.
 */
public record Contour(int[] xs, int[] ys) {
    public Contour {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("x and y counts differ: " + xs.length + " vs " + ys.length);
        }
    }

    public int size() {
        return xs.length;
    }

    public int x(int i) {
        return xs[i];
    }

    public int y(int i) {
        return ys[i];
    }

    /**
     * Twice the signed shoelace area, exact in integers. The sign gives the direction of travel: traced
     * outlines come out positive (clockwise on screen, y down), ImageJ-ordered convex hulls negative.
     */
    public long twiceSignedArea() {
        long sum = 0;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += (long) xs[j] * ys[i] - (long) xs[i] * ys[j];
        }
        return sum;
    }

    /** Enclosed area in pixels (for a traced outline: the particle's pixels plus its holes). */
    public double area() {
        return Math.abs(twiceSignedArea()) / 2.0;
    }

    /** Euclidean length of the closed polygon. */
    public double length() {
        double sum = 0;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contour c && Arrays.equals(xs, c.xs) && Arrays.equals(ys, c.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Contour[");
        for (int i = 0; i < xs.length; i++) {
            sb.append(i == 0 ? "" : " ").append('(').append(xs[i]).append(',').append(ys[i]).append(')');
        }
        return sb.append(']').toString();
    }
}
