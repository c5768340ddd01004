package io.granula.core.flow;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.synth.Arrangement;
import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SynthStyle;
import io.granula.core.synth.SyntheticImage;
import io.granula.core.synth.SyntheticMicrographs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: particles crossing the network's tile borders come out whole. The committed default
 * model runs over one micrograph of touching particles once as a single tile and once in 128 px
 * tiles (7 x 7, so most particles lie across a seam); the CPU dynamics turn both into masks,
 * which must agree at AP@0.5 >= 0.99 (scripts/bench.sh seams measures the same at 4096 px).
 */
class TiledInferenceSeamTest {
    private static final Path MODEL = Path.of(System.getProperty("granula.root", ".."), "models", "granula-default.pt");
    private static final int SIZE = 640;

    @Test
    void particlesCrossingTileBordersComeOutWhole() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(MODEL), "no default model at " + MODEL);
        SynthConfig config = SynthConfig.builder().size(SIZE).style(SynthStyle.SEM).diameters(24, 40)
                .arrangement(Arrangement.TOUCHING).build();
        SyntheticImage img = new SyntheticMicrographs(config, 19_006L).generate(0);
        InferenceOptions options = InferenceOptions.defaults().withThreads(2);

        LabelImage whole = masks(options.withTileSize(SIZE + 16), img);
        LabelImage tiled = masks(options.withTileSize(128), img);

        int crossing = crossingSeams(whole, TileAxis.plan(SIZE, 8, 128, options.overlap(), false));
        double ap50 = InstanceEvaluation.of(whole, tiled, List.of(0.5)).metrics().get(0).ap();
        System.out.printf("tiled (128 px) vs one tile at %d px: AP@0.5 %.4f over %d masks, %d across a seam%n",
                SIZE, ap50, whole.objectCount(), crossing);
        assertThat(whole.objectCount()).as("masks of the single-tile run").isGreaterThan(150);
        assertThat(crossing).as("masks lying across a tile seam").isGreaterThan(whole.objectCount() / 4);
        assertThat(ap50).as("tiled against untiled masks").isGreaterThanOrEqualTo(0.99);
    }

    private static LabelImage masks(InferenceOptions options, SyntheticImage img) throws Exception {
        try (FlowModel model = FlowModels.load(MODEL, options)) {
            FlowField flows = model.predict(img.image(), Double.NaN, ProgressMonitor.NONE);
            return new CpuPixelDynamics().computeMasks(flows, DynamicsParameters.defaults().withThreads(2),
                    ProgressMonitor.NONE).labels();
        }
    }

    /**
     * Masks with pixels on both sides of a seam: the middle of the overlap of two neighbouring
     * tiles along either axis (the image is square, so one plan serves both).
     */
    private static int crossingSeams(LabelImage labels, TileAxis axis) {
        int w = labels.width();
        int[] lab = labels.labels();
        boolean[] crossing = new boolean[labels.maxLabel() + 1];
        for (int t = 1; t < axis.count(); t++) {
            int seam = (axis.starts()[t] + axis.starts()[t - 1] + axis.tile()) / 2 - axis.padBefore();
            if (seam < 1 || seam >= w) {
                continue;
            }
            for (int k = 0; k < w; k++) {
                int left = lab[k * w + seam - 1], right = lab[k * w + seam];
                int above = lab[(seam - 1) * w + k], below = lab[seam * w + k];
                crossing[left] |= left != 0 && left == right;
                crossing[above] |= above != 0 && above == below;
            }
        }
        int n = 0;
        for (int l = 1; l < crossing.length; l++) {
            n += crossing[l] ? 1 : 0;
        }
        return n;
    }
}
