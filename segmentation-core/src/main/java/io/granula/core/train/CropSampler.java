package io.granula.core.train;

import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;

import java.util.SplittableRandom;

/**
 * Cuts augmented square crops out of training samples. Each output pixel is mapped back into
 * the sample through one of the 8 symmetries of the square and a zoom, so image, labels and
 * flows are transformed together and exactly: the image is sampled bilinearly, labels by
 * nearest neighbour (ids are not numbers to interpolate), flows bilinearly with their vectors
 * turned by the same symmetry, as Cellpose's random_rotate_and_resize turns its flow targets;
 * when the crop enlarges the sample, flows are recomputed from the enlarged labels instead.
 * The zoom first brings the sample's median object diameter to the network's diam_mean (Cellpose
 * trains at a fixed object size and rescales at inference), then varies it by the augmentation's range.
 */
public final class CropSampler {
    private final int size;
    private final double diamMean;
    private final Augmentation aug;

    public CropSampler(int size, double diamMean, Augmentation aug) {
        if (size < 8) {
            throw new IllegalArgumentException("crop size must be at least 8, got " + size);
        }
        this.size = size;
        this.diamMean = diamMean;
        this.aug = aug;
    }

    public Crop sample(TrainingSample s, SplittableRandom rng) {
        // NaN (no objects) is not > 0: such a sample is only scale-augmented.
        double base = s.diameter() > 0 ? diamMean / s.diameter() : 1;
        double zoom = base * Math.exp(Math.log(aug.minScale()) + rng.nextDouble() * Math.log(aug.maxScale() / aug.minScale()));
        // Output px per sample px; beyond these limits a crop would be one object or mostly interpolation.
        zoom = Math.max(1.0 / 16, Math.min(16, zoom));
        int symmetry = aug.flips() ? rng.nextInt(8) : 0;
        // Signed permutation M: sample offset = M * output offset / zoom.
        int m00, m01, m10, m11;
        boolean swap = (symmetry & 4) != 0;
        int sx = (symmetry & 1) != 0 ? -1 : 1, sy = (symmetry & 2) != 0 ? -1 : 1;
        if (swap) {
            m00 = 0; m01 = sx; m10 = sy; m11 = 0;
        } else {
            m00 = sx; m01 = 0; m10 = 0; m11 = sy;
        }
        double half = size / 2.0 / zoom;
        // Crop centre anywhere that keeps the crop window inside the sample when it fits, centred otherwise.
        double cx = s.width() > 2 * half ? half + rng.nextDouble() * (s.width() - 2 * half) : s.width() / 2.0;
        double cy = s.height() > 2 * half ? half + rng.nextDouble() * (s.height() - 2 * half) : s.height() / 2.0;

        int n = size * size;
        float[] in = new float[n], fy = new float[n], fx = new float[n], prob = new float[n];
        int w = s.width(), h = s.height();
        // Enlarging (small particles brought up to diam_mean): flows interpolated from a few
        // pixels per particle are not the flows of the enlarged masks, which are what the flow
        // check at inference compares against (masks are found at the network's scale); so the
        // flows are recomputed from the enlarged labels over the crop and a margin of two
        // diameters, keeping the centres of particles the crop cuts.
        int margin = zoom > 1 ? (int) Math.ceil(2 * diamMean) : 0;
        int big = size + 2 * margin;
        int[] enlarged = margin > 0 ? new int[big * big] : null;
        for (int v = -margin; v < size + margin; v++) {
            double ov = v + 0.5 - size / 2.0;
            for (int u = -margin; u < size + margin; u++) {
                double ou = u + 0.5 - size / 2.0;
                double x = cx + (m00 * ou + m01 * ov) / zoom;
                double y = cy + (m10 * ou + m11 * ov) / zoom;
                if (x < 0 || y < 0 || x >= w || y >= h) {
                    continue;
                }
                int label = s.labels()[(int) y * w + (int) x];
                if (enlarged != null) {
                    enlarged[(v + margin) * big + u + margin] = label;
                }
                if (v < 0 || u < 0 || v >= size || u >= size) {
                    continue;
                }
                int o = v * size + u;
                in[o] = bilinear(s.input(), w, h, x, y);
                if (label == 0) {
                    continue;
                }
                prob[o] = 1;
                if (enlarged != null) {
                    continue;
                }
                float gx = bilinear(s.flowX(), w, h, x, y), gy = bilinear(s.flowY(), w, h, x, y);
                // Output vector g with M g = f, so g = M^T f.
                fx[o] = m00 * gx + m10 * gy;
                fy[o] = m01 * gx + m11 * gy;
            }
        }
        if (enlarged != null) {
            // Computed in the crop's own frame: the symmetry is already in the labels.
            FlowField f = FlowsFromLabels.networkFlows(new LabelImage(big, big, enlarged), 1);
            for (int v = 0; v < size; v++) {
                for (int u = 0; u < size; u++) {
                    int o = v * size + u;
                    int b = (v + margin) * big + u + margin;
                    fx[o] = f.dx()[b];
                    fy[o] = f.dy()[b];
                }
            }
        }
        intensity(in, rng);
        return new Crop(size, in, fy, fx, prob);
    }

    private void intensity(float[] in, SplittableRandom rng) {
        double gain = 1 + (rng.nextDouble() * 2 - 1) * aug.contrast();
        double shift = (rng.nextDouble() * 2 - 1) * aug.brightness();
        double gamma = Math.exp((rng.nextDouble() * 2 - 1) * Math.log(aug.maxGamma()));
        double noise = rng.nextBoolean() ? rng.nextDouble() * aug.maxNoise() : 0;
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            if (v > 0 && gamma != 1) {
                v = Math.pow(v, gamma);
            }
            v = v * gain + shift;
            if (noise > 0) {
                v += noise * gaussian(rng);
            }
            in[i] = (float) v;
        }
    }

    /** Bilinear sample at continuous (x, y), pixel centres at +0.5, borders clamped. */
    static float bilinear(float[] p, int w, int h, double x, double y) {
        double fx = Math.max(0, Math.min(w - 1, x - 0.5)), fy = Math.max(0, Math.min(h - 1, y - 0.5));
        int x0 = (int) fx, y0 = (int) fy;
        int x1 = Math.min(w - 1, x0 + 1), y1 = Math.min(h - 1, y0 + 1);
        double tx = fx - x0, ty = fy - y0;
        double top = p[y0 * w + x0] * (1 - tx) + p[y0 * w + x1] * tx;
        double bottom = p[y1 * w + x0] * (1 - tx) + p[y1 * w + x1] * tx;
        return (float) (top * (1 - ty) + bottom * ty);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
