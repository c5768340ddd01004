package io.granula.core.pipeline;

import io.granula.core.dynamics.LabelRenumbering;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.label.LabelImage;

/**
 * Adds the masks of a pass at another scale to those of the main pass where the main pass found
 * nothing ({@link LargePopulation}): the main population keeps the masks
 * it was found with.
 */
final class MaskMerge {
    /** A mask of the other pass is new when at most this fraction of its pixels lies on main masks. */
    static final double MAX_OVERLAP = 0.2;

    private MaskMerge() {
    }

    /**
     * The main masks plus every mask of the other pass whose area (pixels) lies in
     * [{@code minArea}, {@code maxArea}) and which lies (almost) on background. Added masks keep
     * only their background pixels and must still reach {@code minSize}; labels are renumbered
     * 1..N in raster order.
     */
    static MaskResult addOnBackground(MaskResult main, MaskResult other, double minArea, double maxArea, int minSize) {
        int[] a = main.labels().labels();
        int[] b = other.labels().labels();
        if (a.length != b.length) {
            throw new IllegalArgumentException("passes of different sizes: " + a.length + " and " + b.length + " pixels");
        }
        int nb = other.labels().maxLabel();
        int[] area = new int[nb + 1];
        int[] onMain = new int[nb + 1];
        for (int i = 0; i < b.length; i++) {
            if (b[i] > 0) {
                area[b[i]]++;
                if (a[i] > 0) {
                    onMain[b[i]]++;
                }
            }
        }
        boolean[] add = new boolean[nb + 1];
        for (int l = 1; l <= nb; l++) {
            int free = area[l] - onMain[l];
            add[l] = area[l] > 0 && area[l] >= minArea && area[l] < maxArea && onMain[l] <= MAX_OVERLAP * area[l]
                    && free >= minSize;
        }
        int offset = main.labels().maxLabel();
        int[] merged = a.clone();
        for (int i = 0; i < b.length; i++) {
            if (merged[i] == 0 && b[i] > 0 && add[b[i]]) {
                merged[i] = offset + b[i];
            }
        }
        LabelRenumbering.renumber(merged);
        LabelImage labels = new LabelImage(main.labels().width(), main.labels().height(), merged);
        return new MaskResult(labels, main.stageMillis(), main.device());
    }
}
