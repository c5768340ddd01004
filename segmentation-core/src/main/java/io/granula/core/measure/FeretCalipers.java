package io.granula.core.measure;

/**
 * Feret (caliper) diameters of a convex hull, following ImageJ 1.54p {@code Roi.getFeretValues}:
 * the maximum is the largest distance between two hull vertices (first pair found in index order wins a
 * tie); the minimum is, over every hull edge, the distance of the farthest vertex from that edge's line,
 * minimised (the rotating-calipers width, exact rather than sampled at angles). All in pixels.
 *
 * @param max   maximum Feret diameter
 * @param angle angle of the maximum diameter in degrees, 0..180, counter-clockwise from +x with y up
 * @param min   minimum Feret diameter
 * @param x1    start of the maximum diameter (the end with the smaller x), pixel-corner coordinates
 */
public record FeretCalipers(double max, double angle, double min, double x1, double y1, double x2, double y2) {

    public static FeretCalipers of(Contour hull) {
        int n = hull.size();
        if (n == 0) {
            return new FeretCalipers(0, 0, 0, 0, 0, 0, 0);
        }
        int[] xs = hull.xs();
        int[] ys = hull.ys();
        long best = 0;
        int p1 = 0, p2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                long dx = xs[i] - xs[j], dy = ys[i] - ys[j];
                long d2 = dx * dx + dy * dy;
                if (d2 > best) {
                    best = d2;
                    p1 = i;
                    p2 = j;
                }
            }
        }
        if (xs[p1] > xs[p2]) {
            int t = p1;
            p1 = p2;
            p2 = t;
        }
        double angle = Math.toDegrees(Math.atan2(ys[p1] - ys[p2], xs[p2] - xs[p1]));
        if (angle < 0) {
            angle += 180.0;
        }
        double min = n < 3 ? 0.0 : Double.MAX_VALUE;
        for (int i = 0; n >= 3 && i < n; i++) {
            int prev = i == 0 ? n - 1 : i - 1;
            double nx = ys[i] - ys[prev];
            double ny = xs[prev] - xs[i];
            double norm = 1.0 / Math.sqrt(nx * nx + ny * ny);
            nx *= norm;
            ny *= norm;
            double maxDist = 0;
            for (int j = 0; j < n; j++) {
                double dist = (xs[j] - xs[i]) * nx + (ys[j] - ys[i]) * ny;
                if (dist > maxDist) {
                    maxDist = dist;
                }
            }
            min = Math.min(min, maxDist);
        }
        return new FeretCalipers(Math.sqrt(best), angle, min, xs[p1], ys[p1], xs[p2], ys[p2]);
    }

}
