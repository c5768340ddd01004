package io.granula.core.dynamics;

import io.granula.core.label.LabelImage;
import io.granula.core.label.LabelResize;
import io.granula.core.progress.ProgressMonitor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings masks found on flows at the network's scale back to the image's size, Cellpose's
 * {@code resample=False} path (models.py: masks computed on the rescaled flows, then
 * transforms.resize_image(masks, Ly, Lx, interpolation=INTER_NEAREST)): nearest-neighbour
 * resize, then {@link FillHolesAndRemoveSmallMasks} with the minimum size in image pixels, which
 * also renumbers 1..N in raster order.
 */
public final class MasksAtImageSize {
    private MasksAtImageSize() {
    }

    public static MaskResult resize(MaskResult atNetworkScale, int width, int height, DynamicsParameters p,
                                    ProgressMonitor progress) {
        long t0 = System.nanoTime();
        int[] labels = LabelResize.nearest(atNetworkScale.labels(), width, height);
        int n = LabelRenumbering.renumber(labels);
        n = FillHolesAndRemoveSmallMasks.apply(labels, width, height, n, p.minSize(), Math.max(1, p.threads()), progress);
        Map<String, Double> ms = new LinkedHashMap<>(atNetworkScale.stageMillis());
        double resize = (System.nanoTime() - t0) / 1e6;
        ms.put("resize_masks", resize);
        ms.merge("total", resize, Double::sum);
        return new MaskResult(new LabelImage(width, height, labels), ms, atNetworkScale.device());
    }
}
