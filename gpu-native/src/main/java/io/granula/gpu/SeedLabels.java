package io.granula.gpu;

import io.granula.core.dynamics.LabelRenumbering;

import java.util.Arrays;

/**
 * The host's share of the GPU's mask building, the same steps as the end of core's
 * {@code GetMasks.run}: seed order, then big-mask removal and renumbering of the labels the
 * kernels assigned (seed index + 1). Kept apart from the JCuda calls so that the host-compiled
 * kernel test can run exactly this on its output.
 */
final class SeedLabels {
    private SeedLabels() {
    }

    /**
     * Seeds found by the kernel as {@code count << 32 | bin} keys, in whatever order the threads
     * appended them, sorted as GetMasks sorts them: by count, then raster position (ascending).
     */
    static int[] sortedSeeds(long[] keys, int n) {
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted); // counts and bins are positive ints: signed order is the intended one
        int[] seeds = new int[n];
        for (int k = 0; k < n; k++) {
            seeds[k] = (int) sorted[k];
        }
        return seeds;
    }

    /**
     * Drops masks with more than {@code maxSizeFraction} of the image's pixels (Cellpose:
     * {@code counts > prod(shape) * max_size_fraction}), then renumbers 1..N in raster order of
     * first pixel; returns N.
     *
     * @param labels seed labels 1..seeds, modified in place
     */
    static int finish(int[] labels, int seeds, int width, int height, double maxSizeFraction) {
        double big = (double) ((long) width * height) * maxSizeFraction;
        int[] counts = new int[seeds + 1];
        for (int l : labels) {
            counts[l]++;
        }
        boolean[] drop = new boolean[seeds + 1];
        boolean any = false;
        for (int l = 1; l <= seeds; l++) {
            if (counts[l] > big) {
                drop[l] = true;
                any = true;
            }
        }
        if (any) {
            LabelRenumbering.remove(labels, drop);
        }
        return LabelRenumbering.renumber(labels);
    }
}
