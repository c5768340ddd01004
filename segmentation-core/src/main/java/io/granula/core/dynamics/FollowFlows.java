package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Euler integration of the flows, Cellpose's {@code dynamics.follow_flows} /
 * {@code steps_interp}: every pixel with cellprob strictly above the threshold starts at its
 * own position and takes {@code niter} steps along {@code dP * mask / 5}, sampled bilinearly
 * (see {@link GridSampleStep}) in grid_sample's normalised coordinates.
 *
 * <p>Speed without changing a single result (every shortcut relies on a step being a pure
 * function of the current float32 position):
 * <ul>
 *   <li>Pixels whose positions become equal (bit for bit, at the same step) have the same future;
 *       neighbours flowing to one sink merge this way, and only one of them is stepped on.</li>
 *   <li>Once a pixel's position repeats exactly, its path is periodic; its position after
 *       {@code niter} steps follows from the period and the remaining steps are skipped.</li>
 *   <li>Pixels move in lock step within 64x64 tiles (all pixels of a tile take step t before
 *       any takes step t + 1), so the processor overlaps independent steps instead of waiting
 *       on one pixel's chain of dependent loads and multiply-adds; tiles are spread over
 *       threads.</li>
 * </ul>
 * On nuclei flows these leave about 80 of the 200 steps per pixel to compute.
 */
public final class FollowFlows {
    /** How often (in steps) the remembered positions are refreshed; cycles up to this long are detected. */
    static final int CHECKPOINT_EVERY = 8;
    /**
     * How often (in steps, a multiple of {@link #CHECKPOINT_EVERY}) equal positions are merged:
     * hashing every live pixel costs about two steps' work, so every 16 steps is the measured
     * optimum (every 8: 5 % slower, never: 50 % slower on nuclei flows).
     */
    static final int MERGE_EVERY = 16;

    private FollowFlows() {
    }

    /** Raster indices of pixels with {@code cellprob > threshold}, compared in float32 as numpy does. */
    public static int[] movingPixels(float[] cellprob, float threshold) {
        int m = 0;
        for (float c : cellprob) {
            if (c > threshold) {
                m++;
            }
        }
        int[] pixels = new int[m];
        for (int i = 0, j = 0; i < cellprob.length; i++) {
            if (cellprob[i] > threshold) {
                pixels[j++] = i;
            }
        }
        return pixels;
    }

    /**
     * The padded, interleaved step field of steps_interp (layout in {@link GridSampleStep}):
     * {@code ((dP * (cellprob > t)) / 5) * 2/(L-1)} in float32. Cellpose builds
     * {@code dP * mask / 5.} in numpy float32 and scales it in torch by {@code 2/(L-1)} computed
     * in double and applied in float32.
     */
    public static float[] stepField(FlowField flows, float threshold) {
        int w = flows.width();
        int h = flows.height();
        int pw = w + 2;
        float sx = (float) (2.0 / (w - 1));
        float sy = (float) (2.0 / (h - 1));
        float[] dx = flows.dx();
        float[] dy = flows.dy();
        float[] cp = flows.cellprob();
        float[] field = new float[2 * pw * (h + 2)];
        for (int y = 0; y < h; y++) {
            for (int x = 0, i = y * w, o = 2 * ((y + 1) * pw + 1); x < w; x++, i++, o += 2) {
                float m = cp[i] > threshold ? 1f : 0f;
                field[o] = ((dx[i] * m) / 5f) * sx;
                field[o + 1] = ((dy[i] * m) / 5f) * sy;
            }
        }
        return field;
    }

    /** Runs the dynamics; images must be at least 2x2. */
    public static Endpoints run(FlowField flows, float threshold, int niter, int threads, ProgressMonitor progress) {
        int w = flows.width();
        int h = flows.height();
        int[] pixels = movingPixels(flows.cellprob(), threshold);
        float[] field = stepField(flows, threshold);
        int m = pixels.length;
        int[] endY = new int[m];
        int[] endX = new int[m];
        float halfW = (float) w / 2f;
        float halfH = (float) h / 2f;
        float lastX = (float) (w - 1);
        float lastY = (float) (h - 1);
        Tiles tiles = Tiles.of(pixels, w, h);
        AtomicLong done = new AtomicLong();
        Workers.forRange(threads, tiles.count(), 4, progress, (from, to) -> {
            Block block = new Block(TILE * TILE);
            for (int tile = from; tile < to; tile++) {
                int a = tiles.start[tile];
                int count = tiles.start[tile + 1] - a;
                for (int k = 0; k < count; k++) {
                    int p = pixels[tiles.order[a + k]];
                    // normalise as steps_interp: p / (L - 1) * 2 - 1, in float32
                    block.gx[k] = ((float) (p % w) / lastX) * 2f - 1f;
                    block.gy[k] = ((float) (p / w) / lastY) * 2f - 1f;
                }
                block.integrate(field, w + 2, halfW, halfH, count, niter);
                for (int k = 0; k < count; k++) {
                    int j = tiles.order[a + k];
                    // undo the normalisation as steps_interp: (g + 1) * 0.5 * (L - 1), then .int()
                    endX[j] = (int) (((block.gx[k] + 1f) * 0.5f) * lastX);
                    endY[j] = (int) (((block.gy[k] + 1f) * 0.5f) * lastY);
                }
                done.addAndGet(count);
            }
            progress.update((double) done.get() / m, "following flows");
        });
        return new Endpoints(w, h, pixels, endY, endX);
    }

    static final int TILE = 64;

    /** Moving pixels grouped by 64x64 tile: neighbours share sinks, so their paths merge. */
    record Tiles(int[] order, int[] start) {
        int count() {
            return start.length - 1;
        }

        static Tiles of(int[] pixels, int w, int h) {
            int tw = (w + TILE - 1) / TILE;
            int nt = tw * ((h + TILE - 1) / TILE);
            int[] start = new int[nt + 1];
            for (int p : pixels) {
                start[(p / w / TILE) * tw + (p % w) / TILE + 1]++;
            }
            for (int t = 0; t < nt; t++) {
                start[t + 1] += start[t];
            }
            int[] fill = java.util.Arrays.copyOf(start, nt);
            int[] order = new int[pixels.length];
            for (int j = 0; j < pixels.length; j++) {
                int p = pixels[j];
                order[fill[(p / w / TILE) * tw + (p % w) / TILE]++] = j;
            }
            return new Tiles(order, start);
        }
    }

    /**
     * Positions of up to one tile of pixels and the bookkeeping that lets most of them stop early.
     * Two exact shortcuts are taken (every {@link #MERGE_EVERY} and {@link #CHECKPOINT_EVERY} steps): pixels whose position
     * equals another's (bit for bit, at the same step) follow that one from then on, since equal
     * positions have equal futures; and a pixel whose position equals its own checkpoint from p
     * steps ago is periodic with period p, so only {@code (niter - t) mod p} more steps are needed.
     */
    static final class Block {
        final float[] gx;
        final float[] gy;
        private final float[] checkX;
        private final float[] checkY;
        private final int[] active;
        private final int[] leader;
        private final long[] keys;
        private final int[] slots;
        private final int[] stamps;
        private int stamp;

        Block(int capacity) {
            gx = new float[capacity];
            gy = new float[capacity];
            checkX = new float[capacity];
            checkY = new float[capacity];
            active = new int[capacity];
            leader = new int[capacity];
            int table = Integer.highestOneBit(capacity) * 4;
            keys = new long[table];
            slots = new int[table];
            stamps = new int[table];
        }

        /** Moves {@code count} pixels {@code niter} steps in lock step, in place. */
        void integrate(float[] field, int paddedWidth, float halfW, float halfH, int count, int niter) {
            for (int j = 0; j < count; j++) {
                active[j] = j;
                leader[j] = -1;
                checkX[j] = gx[j];
                checkY[j] = gy[j];
            }
            int live = count;
            int checkpointT = 0;
            for (int t = 1; t <= niter && live > 0; t++) {
                boolean refresh = t % CHECKPOINT_EVERY == 0;
                int kept = 0;
                for (int a = 0; a < live; a++) {
                    int j = active[a];
                    GridSampleStep.step(field, paddedWidth, halfW, halfH, gx, gy, j);
                    // float == is the right test: positions differing only in the sign of zero
                    // behave identically in every later step
                    if (gx[j] == checkX[j] && gy[j] == checkY[j]) {
                        for (int r = (niter - t) % (t - checkpointT); r > 0; r--) {
                            GridSampleStep.step(field, paddedWidth, halfW, halfH, gx, gy, j);
                        }
                    } else {
                        active[kept++] = j;
                        if (refresh) {
                            checkX[j] = gx[j];
                            checkY[j] = gy[j];
                        }
                    }
                }
                live = kept;
                if (refresh) {
                    checkpointT = t;
                    if (t % MERGE_EVERY == 0) {
                        live = mergeEqual(live);
                    }
                }
            }
            for (int j = 0; j < count; j++) {
                int l = j;
                while (leader[l] >= 0) {
                    l = leader[l];
                }
                gx[j] = gx[l];
                gy[j] = gy[l];
            }
        }

        /** Drops live pixels whose position equals an earlier live pixel's; returns how many remain. */
        private int mergeEqual(int live) {
            if (++stamp == 0) {
                java.util.Arrays.fill(stamps, 0);
                stamp = 1;
            }
            int mask = keys.length - 1;
            int kept = 0;
            for (int a = 0; a < live; a++) {
                int j = active[a];
                long s = GridSampleStep.pack(gx[j], gy[j]);
                int h = (int) (s ^ (s >>> 29) ^ (s >>> 41)) * 0x9E3779B1;
                int slot = (h >>> 7) & mask;
                while (stamps[slot] == stamp && keys[slot] != s) { // equal bits: equal positions
                    slot = (slot + 1) & mask;
                }
                if (stamps[slot] == stamp) {
                    leader[j] = slots[slot];
                } else {
                    stamps[slot] = stamp;
                    keys[slot] = s;
                    slots[slot] = j;
                    active[kept++] = j;
                }
            }
            return kept;
        }
    }
}
