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
 * <p>Speed without changing a single result: a step depends only on the current position, so
 * once a pixel's position repeats exactly (bit for bit) its path is periodic from there on and
 * its position after {@code niter} steps follows from the period; the remaining steps are
 * skipped. Pixels converge to such a fixed point or short cycle within a few tens of steps, so
 * most of the 200 steps are never computed. Pixels are split over threads.
 */
public final class FollowFlows {
    /** How often (in steps) the remembered position is refreshed; cycles up to this long are detected. */
    static final int CHECKPOINT_EVERY = 8;

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
     * The interleaved step field of steps_interp: {@code ((dP * (cellprob > t)) / 5) * 2/(L-1)}
     * in float32, x component first. Cellpose builds {@code dP * mask / 5.} in numpy float32 and
     * scales it in torch by {@code 2/(L-1)} computed in double and applied in float32.
     */
    public static float[] stepField(FlowField flows, float threshold) {
        int w = flows.width();
        int h = flows.height();
        float sx = (float) (2.0 / (w - 1));
        float sy = (float) (2.0 / (h - 1));
        float[] dx = flows.dx();
        float[] dy = flows.dy();
        float[] cp = flows.cellprob();
        float[] field = new float[2 * w * h];
        for (int i = 0; i < w * h; i++) {
            float m = cp[i] > threshold ? 1f : 0f;
            field[2 * i] = ((dx[i] * m) / 5f) * sx;
            field[2 * i + 1] = ((dy[i] * m) / 5f) * sy;
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
        float invX = (float) (w - 1);
        float invY = (float) (h - 1);
        AtomicLong done = new AtomicLong();
        Workers.forRange(threads, m, 1 << 14, progress, (from, to) -> {
            for (int j = from; j < to; j++) {
                int p = pixels[j];
                float gx = ((float) (p % w) / invX) * 2f - 1f;
                float gy = ((float) (p / w) / invY) * 2f - 1f;
                long end = integrate(field, w, h, halfW, halfH, gx, gy, niter);
                // undo the normalisation as steps_interp does: (g + 1) * 0.5 * (L - 1), then .int()
                endX[j] = (int) (((GridSampleStep.x(end) + 1f) * 0.5f) * invX);
                endY[j] = (int) (((GridSampleStep.y(end) + 1f) * 0.5f) * invY);
            }
            progress.update((double) done.addAndGet(to - from) / m, "following flows");
        });
        return new Endpoints(w, h, pixels, endY, endX);
    }

    /**
     * Position after {@code niter} steps from {@code (gx, gy)}. A checkpoint position is kept
     * and refreshed every {@link #CHECKPOINT_EVERY} steps; when the position equals it again
     * after p steps, the path is periodic with period p from the checkpoint on, and only
     * {@code (niter - t) mod p} more steps are needed.
     */
    static long integrate(float[] field, int w, int h, float halfW, float halfH, float gx, float gy, int niter) {
        long state = GridSampleStep.pack(gx, gy);
        long checkpoint = state;
        int checkpointT = 0;
        for (int t = 0; t < niter; ) {
            state = GridSampleStep.step(field, w, h, halfW, halfH, GridSampleStep.x(state), GridSampleStep.y(state));
            t++;
            if (state == checkpoint) {
                int remaining = (niter - t) % (t - checkpointT);
                for (int k = 0; k < remaining; k++) {
                    state = GridSampleStep.step(field, w, h, halfW, halfH, GridSampleStep.x(state), GridSampleStep.y(state));
                }
                return state;
            }
            if (t % CHECKPOINT_EVERY == 0) {
                checkpoint = state;
                checkpointT = t;
            }
        }
        return state;
    }
}
