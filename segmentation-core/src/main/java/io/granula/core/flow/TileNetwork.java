package io.granula.core.flow;

/**
 * One forward pass of a flow network over a batch of equally sized tiles, engine-neutral: DJL
 * implements it in {@code io.granula.core.flow.djl}, the tiling around it lives in
 * {@link TiledFlowPredictor}.
 */
public interface TileNetwork {
    /**
     * @param input {@code batch x channels x height x width} floats, row-major (NCHW)
     * @return {@code batch x outChannels x height x width} floats, row-major; outChannels follows
     *         from the length
     */
    float[] forward(float[] input, int batch, int channels, int height, int width);
}
