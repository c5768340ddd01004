package io.granula.core.bench;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.eval.MatchMetrics;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.flow.InferenceOptions;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReaders;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19's seam check at full size: the default model over one large micrograph in its usual
 * tiles and as one tile covering the whole image, each followed by the CPU dynamics, and the two
 * label images compared (AP at IoU 0.5 / 0.75 / 0.9, untiled taken as the reference). Arguments:
 * {@code MODEL.pt IMAGE [TILE]} (TILE: the tiled run's tile size, default the model's).
 */
public final class TiledSeamBench {
    private TiledSeamBench() {
    }

    public static void main(String[] args) throws Exception {
        Path modelFile = Path.of(args[0]);
        Image2D image = ImageReaders.read(Path.of(args[1])).firstPage().toGray();
        int tile = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        // one tile: the padded image (a multiple of the stride, 8, plus 4 px each side) fits in it
        int whole = ((Math.max(image.width(), image.height()) + 7) / 8 + 1) * 8;
        InferenceOptions options = InferenceOptions.defaults().withThreads(2);

        long t0 = System.nanoTime();
        LabelImage tiled = masks(modelFile, options.withTileSize(tile), image);
        long t1 = System.nanoTime();
        LabelImage untiled = masks(modelFile, options.withTileSize(whole), image);
        long t2 = System.nanoTime();

        List<MatchMetrics> m = InstanceEvaluation.of(untiled, tiled, InstanceEvaluation.DEFAULT_THRESHOLDS).metrics();
        System.out.printf(Locale.ROOT, "%dx%d px: tiled (tile %s) %d masks in %.1f s, one %d px tile %d masks in %.1f s%n",
                image.width(), image.height(), tile == 0 ? "the model's" : tile + " px", tiled.objectCount(),
                (t1 - t0) / 1e9, whole, untiled.objectCount(), (t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "tiled vs untiled: AP@0.5 %.4f  AP@0.75 %.4f  AP@0.9 %.4f (target AP@0.5 >= 0.99)%n",
                m.get(0).ap(), m.get(1).ap(), m.get(2).ap());
    }

    private static LabelImage masks(Path modelFile, InferenceOptions options, Image2D image) throws Exception {
        try (FlowModel model = FlowModels.load(modelFile, options)) {
            FlowField flows = model.predict(image, Double.NaN, ProgressMonitor.NONE);
            return new CpuPixelDynamics().computeMasks(flows, DynamicsParameters.defaults().withThreads(2),
                    ProgressMonitor.NONE).labels();
        }
    }
}
