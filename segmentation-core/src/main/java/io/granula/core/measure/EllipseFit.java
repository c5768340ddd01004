package io.granula.core.measure;

/**
 * Best-fitting ellipse of a particle's pixels, as ImageJ 1.54p {@code ij.process.EllipseFitter} computes it
 * (Bob Rodieck's routine): the ellipse whose second central moments equal the particle's ("ellipse of
 * concentration", H. Cramér, Mathematical Methods of Statistics, 1946, p. 283), each pixel counted as a unit
 * square (hence the + 1/12), then scaled to the particle's area. Sums are taken relative to the bounding
 * box corner, exactly as ImageJ sums them, so results agree to the last bit.
 *
 * @param major  full major axis length in pixels
 * @param minor  full minor axis length in pixels
 * @param angle  major-axis angle in degrees, 0..180, counter-clockwise from +x (y up)
 */
public record EllipseFit(double major, double minor, double angle) {
    // ImageJ's own constant (not Math.PI / 2): keeps the angles bit-identical.
    private static final double HALFPI = 1.5707963267949;

    /**
     * The ellipse ImageJ reports for a particle one pixel wide or high: ParticleAnalyzer sets no mask for
     * such a particle, and EllipseFitter then gives axes 2 w / sqrt(pi) and 2 h / sqrt(pi) with its own
     * rounded sqrt(pi). The moments give the same axes to about 1e-8.
     */
    public static EllipseFit ofRectangle(int width, int height) {
        double sqrtPi = 1.772453851;
        double major = width * 2 / sqrtPi;
        double minor = height * 2 / sqrtPi;
        return major < minor ? new EllipseFit(minor, major, 90.0) : new EllipseFit(major, minor, 0.0);
    }

    /**
     * @param n  pixel count
     * @param sx sum of (x - left) over the pixels
     * @param sy sum of (y - top)
     * @param sxx sum of (x - left)^2
     * @param syy sum of (y - top)^2
     * @param sxy sum of (x - left)(y - top)
     */
    public static EllipseFit fromMoments(long n, long sx, long sy, long sxx, long syy, long sxy) {
        if (n == 0) {
            return new EllipseFit(0, 0, 0);
        }
        double x2sum = sxx + 0.08333333 * n;
        double y2sum = syy + 0.08333333 * n;
        double x1 = sx / (double) n;
        double y1 = sy / (double) n;
        double u20 = x2sum / n - x1 * x1;
        double u02 = y2sum / n - y1 * y1;
        double u11 = sxy / (double) n - x1 * y1;

        double m4 = 4.0 * Math.abs(u02 * u20 - u11 * u11);
        if (m4 < 0.000001) {
            m4 = 0.000001;
        }
        double a11 = u02 / m4;
        double a12 = u11 / m4;
        double a22 = u20 / m4;
        double tmp = a11 - a22;
        if (tmp == 0.0) {
            tmp = 0.000001;
        }
        double theta = 0.5 * Math.atan(2.0 * a12 / tmp);
        if (theta < 0.0) {
            theta += HALFPI;
        }
        if (a12 > 0.0) {
            theta += HALFPI;
        } else if (a12 == 0.0) {
            if (a22 > a11) {
                theta = 0.0;
                tmp = a22;
                a22 = a11;
                a11 = tmp;
            } else if (a11 != a22) {
                theta = HALFPI;
            }
        }
        tmp = Math.sin(theta);
        if (tmp == 0.0) {
            tmp = 0.000001;
        }
        double z = a12 * Math.cos(theta) / tmp;
        double major = Math.sqrt(1.0 / Math.abs(a22 + z));
        double minor = Math.sqrt(1.0 / Math.abs(a11 - z));
        double scale = Math.sqrt(n / (Math.PI * major * minor)); // equal areas
        major = major * scale * 2.0;
        minor = minor * scale * 2.0;
        double angle = 180.0 * theta / Math.PI;
        if (angle == 180.0) {
            angle = 0.0;
        }
        if (major < minor) {
            tmp = major;
            major = minor;
            minor = tmp;
        }
        return new EllipseFit(major, minor, angle);
    }
}
