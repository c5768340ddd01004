package io.granula.core.measure;

/**
 * Perimeter of a traced outline as ImageJ measures it (ImageJ 1.54p {@code PolygonRoi.getTracedPerimeter}):
 * count the pixel edges (sumdx + sumdy) and subtract 2 - sqrt(2) for each corner that is not adjacent to
 * the previously counted corner, so a staircase of single steps counts as diagonals. A one-pixel particle
 * measures 4 - 2 (2 - sqrt 2) = 2.83. The count depends on the starting vertex, which is why
 * {@link ContourTracer} starts where ImageJ's Wand starts.
 */
public final class TracedPerimeter {
    private static final double CORNER_CUT = 2.0 - Math.sqrt(2.0);

    private TracedPerimeter() {
    }

    public static double of(Contour c) {
        int n = c.size();
        if (n < 4) {
            return 0.0;
        }
        int[] xp = c.xs();
        int[] yp = c.ys();
        long sumdx = 0;
        long sumdy = 0;
        int nCorners = 0;
        int dx1 = xp[0] - xp[n - 1];
        int dy1 = yp[0] - yp[n - 1];
        int side1 = Math.abs(dx1) + Math.abs(dy1);
        boolean corner = false;
        for (int i = 0; i < n; i++) {
            int next = i + 1 == n ? 0 : i + 1;
            int dx2 = xp[next] - xp[i];
            int dy2 = yp[next] - yp[i];
            sumdx += Math.abs(dx1);
            sumdy += Math.abs(dy1);
            int side2 = Math.abs(dx2) + Math.abs(dy2);
            if (side1 > 1 || !corner) {
                corner = true;
                nCorners++;
            } else {
                corner = false;
            }
            dx1 = dx2;
            dy1 = dy2;
            side1 = side2;
        }
        return sumdx + sumdy - nCorners * CORNER_CUT;
    }
}
