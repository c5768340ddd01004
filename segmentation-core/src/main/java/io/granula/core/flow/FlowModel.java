package io.granula.core.flow;

import io.granula.core.image.Image2D;
import io.granula.core.progress.ProgressMonitor;

import java.util.Map;

/**
 * An image-to-flows network (engine-neutral, like QuPath's DnnModel): DJL's PyTorch engine in
 * this module, anything else behind the same seam.
 */
public interface FlowModel extends AutoCloseable {
    /** Display name (the model file's name) for logs and the report's methods section. */
    String name();

    /** Object diameter in pixels the model was trained at (Cellpose's diam_mean). */
    double trainedDiameter();

    /**
     * Runs the network over the whole image (tiled as needed), returning flows at the image's
     * own resolution.
     *
     * @param diameterPx mean object diameter in the image, or NaN to use the image as it is
     */
    FlowField predict(Image2D image, double diameterPx, ProgressMonitor progress);

    /**
     * As {@link #predict}, but the flows stay at the size the network saw: the image resized by
     * {@code trainedDiameter() / diameterPx}, {@code int(L * rescale)} pixels per axis. For
     * running the dynamics at the network's scale (Cellpose's {@code resample=False}).
     */
    FlowField predictAtNetworkScale(Image2D image, double diameterPx, ProgressMonitor progress);

    /** SHA-256 (hex) of the model file, for the run record; empty when unknown. */
    default String sha256() {
        return "";
    }

    /** Training provenance (data, seed, epochs, validation figures) for the run record. */
    default Map<String, Object> provenance() {
        return Map.of();
    }

    @Override
    void close();
}
