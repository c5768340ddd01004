package io.granula.core.flow;

/**
 * How a flow network is run over an image.
 *
 * @param tileSize  tile edge in pixels, a multiple of the model's stride; 0 takes the model
 *                  sidecar's (a traced model always runs at its sidecar's size)
 * @param overlap   minimum overlap of neighbouring tiles as a fraction of the tile per side,
 *                  Cellpose's tile_overlap (0.1: tiles share at least 20 % of their width)
 * @param batchSize tiles per forward pass (Cellpose's batch_size is 8; 4 keeps CPU memory low)
 * @param threads   PyTorch intra-op CPU threads; 0 takes all available processors
 * @param augment   average every tile over its four mirror images (Cellpose's {@code augment}):
 *                  four forward passes per tile for slightly better outlines
 */
public record InferenceOptions(int tileSize, double overlap, int batchSize, int threads, boolean augment) {
    public InferenceOptions {
        if (tileSize < 0) {
            throw new IllegalArgumentException("tile size must be >= 0 (0 = the model's), got " + tileSize);
        }
        if (!(overlap >= 0 && overlap <= 0.5)) {
            throw new IllegalArgumentException("tile overlap must be in [0, 0.5], got " + overlap);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), got " + threads);
        }
        if (threads > 0) {
            ThreadLimit.check(threads, "threads");
        }
    }

    public static InferenceOptions defaults() {
        return new InferenceOptions(0, 0.1, 4, 0, false);
    }

    public InferenceOptions withTileSize(int v) {
        return new InferenceOptions(v, overlap, batchSize, threads, augment);
    }

    public InferenceOptions withOverlap(double v) {
        return new InferenceOptions(tileSize, v, batchSize, threads, augment);
    }

    public InferenceOptions withBatchSize(int v) {
        return new InferenceOptions(tileSize, overlap, v, threads, augment);
    }

    public InferenceOptions withThreads(int v) {
        return new InferenceOptions(tileSize, overlap, batchSize, v, augment);
    }

    public InferenceOptions withAugment(boolean v) {
        return new InferenceOptions(tileSize, overlap, batchSize, threads, v);
    }

    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
