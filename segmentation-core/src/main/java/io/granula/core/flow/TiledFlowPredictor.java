package io.granula.core.flow;

import io.granula.core.image.BilinearResize;
import io.granula.core.image.Image2D;
import io.granula.core.model.ModelSidecar;
import io.granula.core.progress.ProgressMonitor;

/**
 * Runs a Cellpose-convention network over an image of any size in bounded memory, after
 * cellpose/models.py (_run_cp, _run_net/run_net) and transforms.py:
 *
 * <ol>
 *   <li>channel selection and percentile normalisation over the whole image ({@link ModelInput});</li>
 *   <li>rescaling by {@code diam_mean / diameter} with bilinear interpolation to
 *       {@code int(L * rescale)} pixels, Cellpose's resize_image;</li>
 *   <li>padding and tiling ({@link TileAxis}), {@code batchSize} tiles per forward pass,
 *       cancellation checked and progress reported between batches; with
 *       {@link InferenceOptions#augment} each tile averaged over its mirror images
 *       ({@link FlipAveragedNetwork});</li>
 *   <li>blending the tiles ({@link TileAxis#weights}) and reordering the output to
 *       [dY, dX, cellprob] with flows in Cellpose's 5x units;</li>
 *   <li>resizing the flows back to the image size (Cellpose's {@code resample=True}). The flow
 *       vectors are not rescaled, as in Cellpose: they are 5x unit directions, not
 *       displacements (Cellpose's dynamics step count, not the vectors, carried the scale:
 *       niter = 200 / rescale in v1). {@link #predictAtNetworkScale} leaves them at the size the
 *       network saw instead ({@code resample=False}).</li>
 * </ol>
 *
 * Memory: the network sees {@code batchSize} tiles at a time; the image-sized arrays are the
 * normalised input and the three output planes.
 */
public final class TiledFlowPredictor {
    /** Java arrays index with int: every plane (input after rescaling, output) must fit. */
    static final long MAX_PIXELS = Integer.MAX_VALUE - 8;

    private final ModelSidecar sidecar;
    private final InferenceOptions options;

    public TiledFlowPredictor(ModelSidecar sidecar, InferenceOptions options) {
        this.sidecar = sidecar;
        this.options = options;
        int tile = tileSize();
        if (tile % sidecar.stride() != 0) {
            throw new IllegalArgumentException("tile size " + tile + " is not a multiple of the model's stride "
                    + sidecar.stride());
        }
    }

    /** The sidecar's tile size unless the options override it; a traced model keeps its own. */
    public int tileSize() {
        return options.tileSize() == 0 || sidecar.traced() ? sidecar.tileSize() : options.tileSize();
    }

    /** Cellpose's rescale factor: trained diameter over object diameter, 1 when no diameter is given. */
    public double rescaleFor(double diameterPx) {
        if (Double.isNaN(diameterPx)) {
            return 1.0;
        }
        if (!(diameterPx > 0) || Double.isInfinite(diameterPx)) {
            throw new IllegalArgumentException("object diameter must be a positive number of pixels, got " + diameterPx);
        }
        return sidecar.diamMean() / diameterPx;
    }

    public FlowField predict(Image2D image, double diameterPx, TileNetwork network, ProgressMonitor progress) {
        return predict(image, diameterPx, network, true, progress);
    }

    /** Flows of the image resized by {@link #rescaleFor}, at that size: {@code int(L * rescale)} pixels per axis. */
    public FlowField predictAtNetworkScale(Image2D image, double diameterPx, TileNetwork network, ProgressMonitor progress) {
        return predict(image, diameterPx, network, false, progress);
    }

    private FlowField predict(Image2D image, double diameterPx, TileNetwork network, boolean backToImageSize,
                              ProgressMonitor progress) {
        int w = image.width();
        int h = image.height();
        double rescale = rescaleFor(diameterPx);
        // int() truncation as in cellpose models._run_net / transforms.resize_image.
        long rwLong = (long) (w * rescale);
        long rhLong = (long) (h * rescale);
        if (rwLong < 1 || rhLong < 1 || rwLong * rhLong > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "object diameter %.3g px rescales this %dx%d image to %dx%d for a model trained at %.3g px; "
                            + "give a diameter closer to the objects' real size", diameterPx, w, h, rwLong, rhLong,
                    sidecar.diamMean()));
        }
        int rw = (int) rwLong;
        int rh = (int) rhLong;
        boolean resized = rw != w || rh != h;

        progress.checkCancelled();
        progress.update(0, "normalising");
        float[][] input = ModelInput.normalizedPlanes(image, sidecar);
        if (resized) {
            for (int c = 0; c < input.length; c++) {
                input[c] = BilinearResize.resize(input[c], w, h, rw, rh);
            }
        }
        float[][] flows = runTiled(input, rw, rh, network, progress.sub(0.05, 0.95));
        if (!backToImageSize) {
            progress.update(1, "flows done");
            return new FlowField(rw, rh, flows[0], flows[1], flows[2]);
        }
        if (resized) {
            progress.checkCancelled();
            for (int c = 0; c < flows.length; c++) {
                flows[c] = BilinearResize.resize(flows[c], rw, rh, w, h);
            }
        }
        progress.update(1, "flows done");
        return new FlowField(w, h, flows[0], flows[1], flows[2]);
    }

    /** Tiled, blended network output as [dY, dX, cellprob] planes of {@code width x height}. */
    float[][] runTiled(float[][] input, int width, int height, TileNetwork network, ProgressMonitor progress) {
        int tileSize = tileSize();
        TileAxis ay = TileAxis.plan(height, sidecar.stride(), tileSize, options.overlap(), sidecar.traced());
        TileAxis ax = TileAxis.plan(width, sidecar.stride(), tileSize, options.overlap(), sidecar.traced());
        int channels = input.length;
        int th = ay.tile();
        int tw = ax.tile();
        int nx = ax.count();
        int total = ay.count() * nx;
        float[][] wy = new float[ay.count()][];
        for (int i = 0; i < ay.count(); i++) {
            wy[i] = ay.weights(i);
        }
        float[][] wx = new float[nx][];
        for (int i = 0; i < nx; i++) {
            wx[i] = ax.weights(i);
        }
        int[] source = {sidecar.channelIndex(ModelSidecar.DY), sidecar.channelIndex(ModelSidecar.DX),
                sidecar.channelIndex(ModelSidecar.CELLPROB)};
        TileNetwork net = options.augment() ? new FlipAveragedNetwork(network, source[0], source[1]) : network;
        float flowFactor = (float) (5.0 / sidecar.flowScale());
        float[] factor = {flowFactor, flowFactor, 1f};
        float[][] acc = new float[3][width * height];
        int tilePixels = th * tw;

        for (int first = 0; first < total; first += options.batchSize()) {
            progress.checkCancelled();
            int batch = Math.min(options.batchSize(), total - first);
            float[] in = new float[batch * channels * tilePixels];
            for (int b = 0; b < batch; b++) {
                int t = first + b;
                copyTile(input, width, height, ay.starts()[t / nx] - ay.padBefore(),
                        ax.starts()[t % nx] - ax.padBefore(), th, tw, in, b * channels * tilePixels);
            }
            float[] out = net.forward(in, batch, channels, th, tw);
            if (out.length % (batch * tilePixels) != 0 || out.length / (batch * tilePixels) < sidecar.outputLayout().size()) {
                throw new IllegalStateException("network returned " + out.length + " values for " + batch + " tiles of "
                        + th + "x" + tw + "; expected " + sidecar.outputLayout().size() + " channels each");
            }
            int outChannels = out.length / (batch * tilePixels);
            for (int b = 0; b < batch; b++) {
                int t = first + b;
                int y0 = ay.starts()[t / nx] - ay.padBefore();
                int x0 = ax.starts()[t % nx] - ax.padBefore();
                for (int k = 0; k < 3; k++) {
                    int offset = (b * outChannels + source[k]) * tilePixels;
                    addWeighted(out, offset, wy[t / nx], wx[t % nx], factor[k], acc[k], width, height, y0, x0, th, tw);
                }
            }
            progress.update((first + batch) / (double) total, "tile " + (first + batch) + " of " + total);
        }
        normalize(acc, ay.weightSums(), ax.weightSums(), width);
        return acc;
    }

    /** Copies the tile at image offset (y0, x0) of every channel; pixels outside the image stay 0. */
    private static void copyTile(float[][] planes, int width, int height, int y0, int x0, int th, int tw,
                                 float[] dst, int dstOffset) {
        int xa = Math.max(0, x0);
        int xb = Math.min(width, x0 + tw);
        for (int c = 0; c < planes.length; c++) {
            int base = dstOffset + c * th * tw;
            for (int r = 0; r < th; r++) {
                int y = y0 + r;
                if (y < 0 || y >= height || xa >= xb) {
                    continue;
                }
                System.arraycopy(planes[c], y * width + xa, dst, base + r * tw + (xa - x0), xb - xa);
            }
        }
    }

    private static void addWeighted(float[] out, int offset, float[] wy, float[] wx, float factor, float[] acc,
                                    int width, int height, int y0, int x0, int th, int tw) {
        int ca = Math.max(0, -x0);
        int cb = Math.min(tw, width - x0);
        for (int r = 0; r < th; r++) {
            int y = y0 + r;
            if (y < 0 || y >= height || wy[r] == 0f) {
                continue;
            }
            float rowWeight = wy[r] * factor;
            int src = offset + r * tw;
            int dst = y * width + x0;
            for (int c = ca; c < cb; c++) {
                acc[dst + c] += rowWeight * wx[c] * out[src + c];
            }
        }
    }

    /** Divides by the summed weights; tiles form a full grid, so the sum is WY(y) * WX(x). */
    private static void normalize(float[][] acc, float[] sumY, float[] sumX, int width) {
        for (float[] plane : acc) {
            for (int y = 0; y < sumY.length; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    plane[row + x] /= sumY[y] * sumX[x];
                }
            }
        }
    }
}
