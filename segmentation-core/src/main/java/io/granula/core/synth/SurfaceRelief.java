package io.granula.core.synth;

/**
 * Height of a particle's top surface as a function of the distance {@code d} from its outline
 * (inside, d >= 0). A dome of scale s is exact for a sphere of radius s
 * (h = sqrt(s² - (s - d)²)) and a cylinder of half-width s; a faceted relief min(slope d, plateau)
 * over the distance to the nearest edge of a convex polygon is a set of planes meeting on the
 * polygon's medial axis, which is how a pyramid, a truncated crystal or a bevelled plate looks from above.
 */
public record SurfaceRelief(Kind kind, double scale, double slope, double plateau) {
    public enum Kind { DOME, FACETED }

    public static SurfaceRelief dome(double scale) {
        return new SurfaceRelief(Kind.DOME, scale, 0, scale);
    }

    public static SurfaceRelief faceted(double slope, double plateau) {
        return new SurfaceRelief(Kind.FACETED, plateau / slope, slope, plateau);
    }

    public double height(double d) {
        if (d <= 0) {
            return 0;
        }
        if (kind == Kind.FACETED) {
            return Math.min(d * slope, plateau);
        }
        double u = 1 - Math.min(d / scale, 1);
        return scale * Math.sqrt(1 - u * u);
    }

    /**
     * Projected thickness along the beam at distance d from the outline: the chord 2h of a
     * sphere or cylinder; a faceted crystal is a slab with a faceted top (a cube seen along an
     * axis is equally thick everywhere), so its chord starts at 60 % of the peak at the edge.
     */
    public double chord(double d) {
        if (d <= 0 && kind == Kind.DOME) {
            return 0;
        }
        return kind == Kind.FACETED ? 2 * (0.6 * plateau + 0.4 * height(d)) : 2 * height(d);
    }

    /** Highest point of the surface. */
    public double peak() {
        return plateau;
    }
}
