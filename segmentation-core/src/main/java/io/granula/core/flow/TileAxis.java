package io.granula.core.flow;

import java.util.Arrays;

/**
 * Where tiles go along one image axis, and how much each tile's output counts at each pixel.
 *
 * <p>Padding follows Cellpose (transforms.pad_image_ND, div = stride, extra = 1): zeros up to a
 * multiple of the stride, split evenly, plus stride/2 on both sides. Tiles are then placed
 * like Cellpose's transforms.make_tiles (as few as give every pair of neighbours at least
 * {@code 2 * overlap * tile} pixels in common, spread evenly), with two changes: unless the
 * tile size is fixed, tiles shrink to the smallest multiple of the stride with which that
 * many tiles still cover the axis; and every tile starts on a multiple of the stride. A network with 2x poolings is only shift-equivariant for
 * shifts by its stride, so Cellpose's arbitrary starts make a tile's output differ from the
 * whole-image output even far from the tile's edges.
 *
 * <p>Blending replaces Cellpose's logistic taper (transforms._taper_mask, which still gives a
 * tile's outermost pixel 6.5 % weight although the network saw zeros beyond it) by a weight
 * that is 0 in a halo of {@code overlap/4} pixels along each inner tile edge, then rises as a
 * raised cosine to 1 at {@code overlap - halo}. Two tiles overlapping by exactly the minimum
 * overlap have weights summing to 1; sides on the padded image's border are not tapered.
 * Consequence (tested in DjlFlowModelTest): for a network whose receptive field radius is at
 * most the halo, the tiled output equals the whole-image output to float rounding.
 *
 * @param length       image length along this axis (after any rescaling)
 * @param padBefore    zeros before the image in padded coordinates
 * @param paddedLength padded length, a multiple of the stride (at least the tile when the tile
 *                     size is fixed)
 * @param tile         tile length
 * @param starts       tile starts in padded coordinates, ascending, multiples of the stride
 * @param overlap      minimum overlap of neighbouring tiles
 * @param halo         zero-weight margin along inner tile edges
 */
public record TileAxis(int length, int padBefore, int paddedLength, int tile, int[] starts, int overlap, int halo) {

    /**
     * @param fixedTile true for traced networks, which run only at their traced size: short
     *                  axes are padded up to {@code tileSize} instead of shrinking the tile
     */
    public static TileAxis plan(int length, int stride, int tileSize, double overlapFraction, boolean fixedTile) {
        if (length <= 0 || stride <= 0 || tileSize < stride || tileSize % stride != 0) {
            throw new IllegalArgumentException("bad tiling: length " + length + ", stride " + stride + ", tile " + tileSize);
        }
        int lpad = ceilDiv(length, stride) * stride - length;
        int before = stride / 2 + lpad / 2;
        int padded = Math.addExact(length, lpad + 2 * (stride / 2));
        if (fixedTile && padded < tileSize) {
            padded = tileSize;
        }
        int tile = Math.min(tileSize, padded);
        int overlap = Math.min(ceilDiv((int) Math.ceil(2 * overlapFraction * tile), stride) * stride, tile - stride);
        int n = padded <= tile ? 1 : ceilDiv(padded - tile, tile - overlap) + 1;
        if (n > 1 && !fixedTile) {
            // Keep the tile count but shrink the tiles to just cover the axis: the same seams for
            // less work (1032 px in 512-px tiles: 3 tiles of 416 instead of 3 of 512).
            tile = ceilDiv(ceilDiv(padded + (n - 1) * overlap, n), stride) * stride;
        }
        int[] starts = new int[n];
        int steps = (padded - tile) / stride;
        for (int i = 1; i < n; i++) {
            starts[i] = (int) ((long) i * steps / (n - 1)) * stride;
        }
        return new TileAxis(length, before, padded, tile, starts, overlap, overlap / 4);
    }

    public int count() {
        return starts.length;
    }

    /** Weight of tile {@code i}'s output at each of its pixels. */
    public float[] weights(int i) {
        float[] w = new float[tile];
        boolean taperStart = starts[i] > 0;
        boolean taperEnd = starts[i] + tile < paddedLength;
        for (int d = 0; d < tile; d++) {
            double a = taperStart ? ramp(d) : 1;
            double b = taperEnd ? ramp(tile - 1 - d) : 1;
            w[d] = (float) (a * b);
        }
        return w;
    }

    /** Sum over tiles of their weights at each image pixel (positive everywhere, see class note). */
    public float[] weightSums() {
        float[] sum = new float[length];
        for (int i = 0; i < count(); i++) {
            float[] w = weights(i);
            for (int d = 0; d < tile; d++) {
                int p = starts[i] + d - padBefore;
                if (p >= 0 && p < length) {
                    sum[p] += w[d];
                }
            }
        }
        return sum;
    }

    private double ramp(int d) {
        if (d < halo) {
            return 0;
        }
        int width = overlap - 2 * halo;
        if (d >= overlap - halo || width <= 0) {
            return 1;
        }
        return 0.5 - 0.5 * Math.cos(Math.PI * (d - halo + 0.5) / width);
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    @Override
    public String toString() {
        return "TileAxis[length=" + length + ", padded=" + paddedLength + ", tile=" + tile + ", starts="
                + Arrays.toString(starts) + ", overlap=" + overlap + ", halo=" + halo + "]";
    }
}
