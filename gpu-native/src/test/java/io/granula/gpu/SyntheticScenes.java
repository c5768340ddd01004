package io.granula.gpu;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;

import java.util.Random;

/** Label images and perturbed flows for the kernel tests, deterministic from a seed. */
public final class SyntheticScenes {
    private SyntheticScenes() {
    }

    /**
     * Ellipses of random size and orientation at random places, later ones painted over earlier
     * ones, so that some touch or cut each other and some touch the image edge.
     */
    public static LabelImage ellipses(int width, int height, int count, long seed) {
        Random r = new Random(seed);
        int[] labels = new int[width * height];
        for (int l = 1; l <= count; l++) {
            double cx = r.nextDouble() * width;
            double cy = r.nextDouble() * height;
            double a = 4 + r.nextDouble() * 12;
            double b = 4 + r.nextDouble() * 12;
            double angle = r.nextDouble() * Math.PI;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double reach = Math.max(a, b);
            int x0 = Math.max(0, (int) Math.floor(cx - reach));
            int x1 = Math.min(width - 1, (int) Math.ceil(cx + reach));
            int y0 = Math.max(0, (int) Math.floor(cy - reach));
            int y1 = Math.min(height - 1, (int) Math.ceil(cy + reach));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double u = (x - cx) * cos + (y - cy) * sin;
                    double v = -(x - cx) * sin + (y - cy) * cos;
                    if (u * u / (a * a) + v * v / (b * b) <= 1) {
                        labels[y * width + x] = l;
                    }
                }
            }
        }
        return new LabelImage(width, height, labels);
    }

    /**
     * The flows with deterministic noise of amplitude {@code amount} added to dy, dx and cellprob
     * (as a network's output is never ideal): end points then fall off the exact sinks, which
     * exercises the float arithmetic rather than the symmetric ideal case.
     */
    public static FlowField perturbed(FlowField f, float amount, long seed) {
        Random r = new Random(seed);
        int n = f.width() * f.height();
        float[] dy = new float[n];
        float[] dx = new float[n];
        float[] cp = new float[n];
        for (int i = 0; i < n; i++) {
            dy[i] = f.dy()[i] + amount * (float) r.nextGaussian();
            dx[i] = f.dx()[i] + amount * (float) r.nextGaussian();
            cp[i] = f.cellprob()[i] + 4 * amount * (float) r.nextGaussian();
        }
        return new FlowField(f.width(), f.height(), dy, dx, cp);
    }
}
