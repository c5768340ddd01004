package io.granula.core.pipeline;

import io.granula.core.calib.Calibration;
import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.synth.Arrangement;
import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SynthStyle;
import io.granula.core.synth.SyntheticImage;
import io.granula.core.synth.SyntheticMicrographs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed default model, through the same pipeline as {@code analyze}, on held-out synthetic
 * micrographs of every imaging style (seeds never used in training). The model card in the
 * README reports the full figures from scripts/model-card.sh; this guards against a broken or
 * swapped model file.
 */
class DefaultModelTest {
    private static final Path MODEL = Path.of(System.getProperty("granula.root", ".."), "models", "granula-default.pt");
    private static FlowModel model;

    @BeforeAll
    static void load() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(MODEL), "no default model at " + MODEL);
        model = FlowModels.load(MODEL);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = SynthStyle.class, names = {"SEM", "TEM", "HAADF", "OPTICAL"})
    void findsHeldOutParticlesOfEveryStyle(SynthStyle style) {
        SynthConfig config = SynthConfig.builder().size(256).style(style).diameters(16, 40)
                .arrangement(Arrangement.RANDOM).build();
        SyntheticImage img = new SyntheticMicrographs(config, 777_001L).generate(style.ordinal());

        ImageAnalysis analysis = new ImageAnalyzer(model, new CpuPixelDynamics(), AnalysisSettings.defaults())
                .analyze(null, img.image(), Calibration.none(), ProgressMonitor.NONE);

        double ap50 = InstanceEvaluation.of(img.labels(), analysis.labels(), List.of(0.5)).metrics().get(0).ap();
        System.out.printf("default model, %s: AP@0.5 %.3f over %d particles%n", style, ap50, img.labels().objectCount());
        assertThat(ap50).as("AP@0.5 on a held-out %s image with %d particles", style, img.labels().objectCount())
                .isGreaterThanOrEqualTo(0.6);
    }
}
