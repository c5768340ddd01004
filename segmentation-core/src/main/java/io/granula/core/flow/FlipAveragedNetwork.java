package io.granula.core.flow;

/**
 * Test-time augmentation: every tile is run as seen and mirrored left-right, top-bottom and
 * both, and the four outputs are mirrored back and averaged, after Cellpose's
 * {@code augment=True} (transforms.unaugment_tiles: a mirrored tile's flow component along the
 * mirrored axis changes sign). Cellpose mirrors each tile once, by its position in a grid of
 * half-overlapping tiles; here every tile gets all four, so every pixel is averaged alike.
 * Costs four forward passes per tile.
 */
final class FlipAveragedNetwork implements TileNetwork {
    private static final int VARIANTS = 4;
    private final TileNetwork network;
    private final int dyChannel;
    private final int dxChannel;

    FlipAveragedNetwork(TileNetwork network, int dyChannel, int dxChannel) {
        this.network = network;
        this.dyChannel = dyChannel;
        this.dxChannel = dxChannel;
    }

    @Override
    public float[] forward(float[] input, int batch, int channels, int height, int width) {
        int tilePixels = height * width;
        float[] mirrored = new float[input.length];
        float[] mean = null;
        float[] back = null;
        int outChannels = 0;
        // One variant at a time, at the caller's batch size: a traced network may accept no other.
        for (int v = 0; v < VARIANTS; v++) {
            mirror(input, mirrored, batch * channels, height, width, flipsY(v), flipsX(v));
            float[] out = network.forward(mirrored, batch, channels, height, width);
            if (mean == null) {
                mean = new float[out.length];
                back = new float[out.length];
                outChannels = out.length / (batch * tilePixels);
            }
            mirror(out, back, batch * outChannels, height, width, flipsY(v), flipsX(v));
            for (int p = 0; p < batch * outChannels; p++) {
                int c = p % outChannels;
                float weight = ((flipsY(v) && c == dyChannel) || (flipsX(v) && c == dxChannel) ? -1f : 1f) / VARIANTS;
                int base = p * tilePixels;
                for (int i = 0; i < tilePixels; i++) {
                    mean[base + i] += weight * back[base + i];
                }
            }
        }
        return mean;
    }

    private static boolean flipsY(int variant) {
        return (variant & 1) != 0;
    }

    private static boolean flipsX(int variant) {
        return (variant & 2) != 0;
    }

    /** Copies the first {@code planes} planes of {@code src} into {@code dst}, mirrored as asked. */
    private static void mirror(float[] src, float[] dst, int planes, int height, int width, boolean flipY, boolean flipX) {
        for (int p = 0; p < planes; p++) {
            int base = p * height * width;
            for (int r = 0; r < height; r++) {
                int sr = flipY ? height - 1 - r : r;
                int s = base + sr * width;
                int d = base + r * width;
                if (flipX) {
                    for (int c = 0; c < width; c++) {
                        dst[d + c] = src[s + width - 1 - c];
                    }
                } else {
                    System.arraycopy(src, s, dst, d, width);
                }
            }
        }
    }
}
