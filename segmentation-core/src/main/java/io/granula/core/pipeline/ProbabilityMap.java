package io.granula.core.pipeline;

import io.granula.core.flow.FlowField;

import java.util.Arrays;

/**
 * The network's cell probability at every pixel of the analysed image, the highest over the size
 * search's passes (a particle is as probable as the pass that sees it best). A pass at another
 * scale is sampled at the nearest network pixel, as its masks are brought back.
 *
 * <p>Memory (issue 19, docs/large-images.md): the map keeps the highest cell-probability logit and
 * turns it into a probability once, when {@link #values} is first read. The sigmoid is monotone
 * ({@link Math#exp} is semi-monotonic by its contract, and so is rounding to float), so the sigmoid
 * of the highest logit is the highest sigmoid, bit for bit. A pass at the image's own scale that
 * comes first, as the size search's first pass does, lends its cellprob plane as the map instead of
 * a copy: 4 bytes per image pixel less while its dynamics run. The plane is only read while that
 * pass's flows are in use, and written by later passes, when those flows are gone.
 */
final class ProbabilityMap {
    private final int width;
    private final int height;
    /** Highest logit so far (NaN: no number yet), probabilities once {@link #probabilities} is true; null before the first pass. */
    private float[] values;
    private boolean probabilities;

    ProbabilityMap(int width, int height) {
        this.width = width;
        this.height = height;
    }

    void add(FlowField flows) {
        if (probabilities) {
            throw new IllegalStateException("the map was read: no pass can be added any more");
        }
        float[] cp = flows.cellprob();
        int fw = flows.width(), fh = flows.height();
        if (values == null && fw == width && fh == height) {
            values = cp;
            return;
        }
        if (values == null) {
            values = new float[width * height];
            Arrays.fill(values, Float.NEGATIVE_INFINITY); // the sigmoid of -inf is 0, the map's value where no pass saw a number
        }
        for (int y = 0; y < height; y++) {
            int fy = Math.min(fh - 1, (int) ((y + 0.5) * fh / height));
            for (int x = 0; x < width; x++) {
                int fx = Math.min(fw - 1, (int) ((x + 0.5) * fw / width));
                float c = cp[fy * fw + fx];
                int i = y * width + x;
                if (c > values[i] || Float.isNaN(values[i])) {
                    values[i] = c;
                }
            }
        }
    }

    /** The probabilities, {@code 1 / (1 + exp(-logit))} in float32, 0 where no pass gave a number. */
    float[] values() {
        if (values == null) {
            values = new float[width * height];
        } else if (!probabilities) {
            for (int i = 0; i < values.length; i++) {
                float c = values[i];
                values[i] = Float.isNaN(c) ? 0f : (float) (1 / (1 + Math.exp(-c)));
            }
        }
        probabilities = true;
        return values;
    }
}
