package io.granula.core.flow;

import io.granula.core.image.Image2D;
import io.granula.core.image.PercentileNormalization;
import io.granula.core.model.ModelSidecar;

/**
 * Turns an image into the network's input planes: channel selection, then Cellpose's percentile
 * normalisation per channel over the whole image.
 *
 * <p>Normalising once, before tiling, matters: per-tile percentiles (what a naive tiler does)
 * would map the same intensity to different inputs in a dark tile and a bright one, so
 * neighbouring tiles would disagree in their overlap and the seams would show in the flows.
 */
public final class ModelInput {
    private ModelInput() {
    }

    /**
     * An image with exactly the model's channel count is used as is; otherwise the network gets
     * the grey image (ITU-R 601 luma of RGB) in its first channel and zeros in the others, as
     * Cellpose does for a greyscale image given to its 2-channel models (channels=[0, 0]).
     */
    public static float[][] normalizedPlanes(Image2D image, ModelSidecar sidecar) {
        int c = sidecar.inputChannels();
        float[][] planes = new float[c][];
        if (image.channels() == c) {
            for (int i = 0; i < c; i++) {
                planes[i] = image.plane(i);
            }
        } else {
            planes[0] = image.toGray().plane(0);
            for (int i = 1; i < c; i++) {
                planes[i] = new float[image.width() * image.height()];
            }
        }
        for (int i = 0; i < c; i++) {
            planes[i] = PercentileNormalization.apply(planes[i], sidecar.lowerPercentile(), sidecar.upperPercentile());
        }
        return planes;
    }
}
