package io.granula.core.synth;

import java.util.List;

/**
 * Turns particles (in draw order) into {@link SceneMaps}. Anti-aliasing uses the signed
 * distance at the pixel centre: coverage alpha = clamp(0.5 - d, 0, 1), a one-pixel ramp that is
 * exact for a straight edge crossing the pixel perpendicular to an axis (Gustavson, "Anti-aliased
 * Euclidean distance transform", 2011, uses the same linear model). Because the distance has the
 * sign of the hard inside test, a pixel is labelled exactly when alpha > 0.5 (or = 0.5 on the outline).
 */
final class SceneRasterizer {

    SceneMaps rasterize(int width, int height, List<Particle> particles) {
        int n = width * height;
        float[] coverage = new float[n], surface = new float[n], inside = new float[n], material = new float[n];
        float[] thickness = new float[n], mass = new float[n], z = new float[n], diffraction = new float[n];
        int[] labels = new int[n];
        for (Particle p : particles) {
            Shape s = p.shape();
            Bounds b = s.bounds().grow(1);
            int x0 = b.firstColumn(), x1 = b.lastColumn(width), y0 = b.firstRow(), y1 = b.lastRow(height);
            if (x0 > x1 || y0 > y1) {
                continue;
            }
            double base = restingHeight(s, surface, width, x0, x1, y0, y1);
            double zFactor = Math.pow(p.material(), 1.7);
            for (int y = y0; y <= y1; y++) {
                double py = y + 0.5;
                for (int x = x0; x <= x1; x++) {
                    double px = x + 0.5;
                    double d = s.signedDistance(px, py);
                    double alpha = Math.max(0, Math.min(1, 0.5 - d));
                    int i = y * width + x;
                    if (s.contains(px, py)) {
                        labels[i] = p.id();
                    }
                    if (alpha <= 0) {
                        continue;
                    }
                    double depth = Math.max(0, -d);
                    double h = p.relief().height(depth);
                    double t = p.relief().chord(depth) * p.thickness() * alpha;
                    surface[i] += (float) (alpha * (base + h - surface[i]));
                    inside[i] += (float) (alpha * (depth - inside[i]));
                    material[i] += (float) (alpha * (p.material() - material[i]));
                    coverage[i] = (float) (1 - (1 - coverage[i]) * (1 - alpha));
                    thickness[i] += (float) t;
                    mass[i] += (float) (t * p.material());
                    z[i] += (float) (t * zFactor);
                    diffraction[i] += (float) (alpha * p.diffraction() * Math.min(1, depth / 2));
                }
            }
        }
        return new SceneMaps(width, height, coverage, surface, inside, material, thickness, mass, z, diffraction, labels);
    }

    /** A particle dropped on others rests partly on them: lift it by half the highest surface under its outline. */
    private static double restingHeight(Shape s, float[] surface, int width, int x0, int x1, int y0, int y1) {
        double max = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (surface[y * width + x] > max && s.contains(x + 0.5, y + 0.5)) {
                    max = surface[y * width + x];
                }
            }
        }
        return 0.5 * max;
    }
}
