package io.granula.core.synth;

/**
 * What the manifest says about one drawn particle. Coordinates are continuous image
 * coordinates: pixel (i, j) covers [i, i+1) x [j, j+1), so the top-left pixel's centre is (0.5, 0.5).
 *
 * @param id            label value
 * @param kind          morphology (disc, ellipse, polygon, rod, wire, blob)
 * @param habit         crystal form for polygons, null otherwise
 * @param cx            centre x (centroid of the outline; mid-point along the centre line for rods and wires)
 * @param cy            centre y
 * @param size          area-equivalent diameter of the whole outline, px
 * @param length        maximum Feret diameter, px
 * @param width         minimum Feret diameter (thickness for rods and wires), px
 * @param angleDeg      long-axis direction, degrees in [0, 180), counter-clockwise from +x with y down
 * @param area          area of the whole outline, px²
 * @param visibleArea   labelled pixels (after border cut and occlusion)
 * @param zOrder        draw order, 0 first (bottom)
 * @param cluster       cluster or agglomerate index, -1 when loose
 * @param material      relative Z / density of its phase
 * @param cutByBorder   whether the outline extends beyond the image field
 */
public record ParticleRecord(int id, String kind, String habit, double cx, double cy, double size, double length,
                             double width, double angleDeg, double area, int visibleArea, int zOrder, int cluster,
                             double material, boolean cutByBorder) {

    static ParticleRecord of(Particle p, int zOrder, int fieldWidth, int fieldHeight) {
        Shape s = p.shape();
        Bounds b = s.bounds();
        boolean cut = b.x0() < 0 || b.y0() < 0 || b.x1() > fieldWidth || b.y1() > fieldHeight;
        String habit = s instanceof Polygon poly ? poly.habit() : null;
        return new ParticleRecord(p.id(), s.kind().name().toLowerCase(java.util.Locale.ROOT), habit,
                round(s.centreX()), round(s.centreY()), round(s.equivalentDiameter()), round(s.length()), round(s.width()),
                round(Math.toDegrees(s.angle())), round(s.area()), p.visibleArea(), zOrder, p.cluster(),
                round(p.material()), cut);
    }

    private static double round(double v) {
        return Math.rint(v * 1000) / 1000;
    }
}
