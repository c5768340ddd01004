package io.granula.core.train;

import io.granula.core.label.LabelImage;
import io.granula.core.pipeline.DiameterEstimate;

/** Small hand-made training samples: discs with flows pointing at their centres (5x unit vectors). */
final class TrainingFixtures {
    private TrainingFixtures() {
    }

    /** A size x size sample with one disc per (cx, cy, r) triple; input 1 inside, 0 outside. */
    static TrainingSample discs(int size, double... discs) {
        int n = size * size;
        float[] in = new float[n], fy = new float[n], fx = new float[n];
        int[] labels = new int[n];
        for (int k = 0; k < discs.length / 3; k++) {
            double cx = discs[3 * k], cy = discs[3 * k + 1], r = discs[3 * k + 2];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double dx = cx - (x + 0.5), dy = cy - (y + 0.5), d = Math.hypot(dx, dy);
                    if (d < r) {
                        int i = y * size + x;
                        labels[i] = k + 1;
                        in[i] = 1;
                        fx[i] = d == 0 ? 0 : (float) (5 * dx / d);
                        fy[i] = d == 0 ? 0 : (float) (5 * dy / d);
                    }
                }
            }
        }
        return new TrainingSample("discs", size, size, in, labels, fy, fx,
                DiameterEstimate.medianDiameter(new LabelImage(size, size, labels)));
    }
}
