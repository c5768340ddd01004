package io.granula.core.pipeline;

import io.granula.core.flow.FlowField;

/**
 * The network's cell probability at every pixel of the analysed image, the highest over the size
 * search's passes (a particle is as probable as the pass that sees it best). A pass at another
 * scale is sampled at the nearest network pixel, as its masks are brought back.
 */
final class ProbabilityMap {
    private final int width;
    private final int height;
    private final float[] values;

    ProbabilityMap(int width, int height) {
        this.width = width;
        this.height = height;
        this.values = new float[width * height];
    }

    void add(FlowField flows) {
        float[] cp = flows.cellprob();
        int fw = flows.width(), fh = flows.height();
        for (int y = 0; y < height; y++) {
            int fy = Math.min(fh - 1, (int) ((y + 0.5) * fh / height));
            for (int x = 0; x < width; x++) {
                int fx = Math.min(fw - 1, (int) ((x + 0.5) * fw / width));
                float p = (float) (1 / (1 + Math.exp(-cp[fy * fw + fx])));
                int i = y * width + x;
                if (p > values[i]) {
                    values[i] = p;
                }
            }
        }
    }

    float[] values() {
        return values;
    }
}
