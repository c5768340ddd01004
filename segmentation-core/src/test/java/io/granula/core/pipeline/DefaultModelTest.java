package io.granula.core.pipeline;

import io.granula.core.calib.Calibration;
import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.synth.Arrangement;
import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SynthStyle;
import io.granula.core.synth.SyntheticImage;
import io.granula.core.synth.SyntheticMicrographs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

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

    @Test
    void findsParticlesFiveTimesLargerThanItsTrainingDiameter() {
        // At the image's own scale the network sees only the inside of such particles and finds nothing;
        // the coarser survey must find them.
        SynthConfig config = SynthConfig.builder().size(512).style(SynthStyle.SEM).diameters(130, 170).count(4)
                .arrangement(Arrangement.RANDOM).build();
        SyntheticImage img = new SyntheticMicrographs(config, 777_002L).generate(0);

        ImageAnalysis analysis = new ImageAnalyzer(model, new CpuPixelDynamics(), AnalysisSettings.defaults())
                .analyze(null, img.image(), Calibration.none(), ProgressMonitor.NONE);

        double ap50 = InstanceEvaluation.of(img.labels(), analysis.labels(), List.of(0.5)).metrics().get(0).ap();
        System.out.printf("default model, 150 px particles: AP@0.5 %.3f, diameter used %.1f px%n", ap50, analysis.diameterPx());
        assertThat(analysis.diameterPx()).isGreaterThan(3 * model.trainedDiameter());
        assertThat(ap50).as("AP@0.5 on %d particles of 130-170 px", img.labels().objectCount()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aFinePopulationBesideCoarseParticlesCostsNoPassOfItsOwn() {
        // Twenty 44 px discs decide the size; fifteen 8 px ones beside them are seen at a fifth of
        // the trained diameter. A pass of their own (the network on the image magnified 5x) found
        // the one fine disc missed here, but on real powder it cost 179 of 308 s and added nothing
        // kept (README, "On real micrographs"), so the search makes none. Noisy, as a fast SEM scan.
        int size = 384;
        int[] truth = new int[size * size];
        int label = 0;
        for (int k = 0; k < 35; k++) {
            double r = k < 20 ? 22 : 4;
            double cx = 30 + (k % 6) * 64, cy = 30 + (k / 6) * 64;
            label++;
            for (int y = (int) (cy - r - 1); y <= cy + r + 1; y++) {
                for (int x = (int) (cx - r - 1); x <= cx + r + 1; x++) {
                    if (x >= 0 && y >= 0 && x < size && y < size && Math.hypot(x - cx, y - cy) <= r) {
                        truth[y * size + x] = label;
                    }
                }
            }
        }
        ImageAnalysis analysis = analyzeNoisy(truth, size, 777_003L);
        double ap50 = ap50(truth, size, analysis, "44 px and 8 px discs");
        assertThat(analysis.stageMillis().keySet().stream().filter(k -> k.endsWith("network")))
                .as("network passes").doesNotContain("small_network").hasSizeLessThanOrEqualTo(3);
        // One fine disc of fifteen is missed (AP@0.5 0.971, measured when the pass was removed).
        assertThat(ap50).as("AP@0.5 over 20 coarse and 15 fine discs").isGreaterThan(0.95);
    }
    @Test
    void findsCoarseGrainsAmongFineParticles() {
        // Forty-eight 12 px discs decide the size; four 44 px squares beside them are seen at
        // nearly four times the trained diameter by that pass, and need a coarser pass
        // (LargePopulation). Noisy, as a fast SEM scan.
        int size = 384;
        int[] truth = new int[size * size];
        int label = 0;
        for (int k = 0; k < 48; k++) {
            double cx = 24 + (k % 8) * 24, cy = 24 + (k / 8) * 24;
            label++;
            for (int y = (int) cy - 7; y <= cy + 7; y++) {
                for (int x = (int) cx - 7; x <= cx + 7; x++) {
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= 6) {
                        truth[y * size + x] = label;
                    }
                }
            }
        }
        for (int k = 0; k < 4; k++) {
            int x0 = 230 + (k % 2) * 70, y0 = 40 + (k / 2) * 150;
            label++;
            for (int y = y0; y < y0 + 44; y++) {
                for (int x = x0; x < x0 + 44; x++) {
                    truth[y * size + x] = label;
                }
            }
        }
        ImageAnalysis analysis = analyzeNoisy(truth, size, 777_005L);
        double ap50 = ap50(truth, size, analysis, "12 px discs and 44 px squares");
        assertThat(analysis.stageMillis()).as("the coarse population got its own pass").containsKey("large_network");
        // Without that pass the four squares are missed outright (48 found, AP@0.5 0.923, measured).
        assertThat(ap50).as("AP@0.5 over 48 fine discs and 4 coarse squares").isGreaterThan(0.98);
    }

    @Test
    void aSparseImageReusesItsSurveyPassForTheLargePopulation() {
        // Three 30 px discs on a 256 px field are too few to settle the size, so the image is also
        // surveyed 3x coarser; that pass explains no more, the first pass's scale stays, and the
        // large-population pass (3x that scale) is the survey pass: reused, not run a second time.
        int size = 256;
        int[] truth = new int[size * size];
        for (int k = 0; k < 3; k++) {
            double cx = 50 + 75 * k, cy = 60 + 60 * k;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= 15) {
                        truth[y * size + x] = k + 1;
                    }
                }
            }
        }
        ImageAnalysis analysis = analyzeNoisy(truth, size, 777_007L);
        double ap50 = ap50(truth, size, analysis, "three 30 px discs");
        assertThat(analysis.diameterPx()).as("the first pass's scale was kept").isEqualTo(model.trainedDiameter());
        assertThat(analysis.stageMillis()).containsKey("survey_network").doesNotContainKey("large_network");
        assertThat(ap50).as("AP@0.5 over three discs").isGreaterThan(0.6);
    }

    /** The drawn particles bright on a dark ground with strong noise, as a fast SEM scan, analysed as {@code analyze} does. */
    private static ImageAnalysis analyzeNoisy(int[] truth, int size, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] px = new float[size * size];
        for (int i = 0; i < px.length; i++) {
            px[i] = (truth[i] > 0 ? 180f : 40f) + (float) (25 * rng.nextGaussian());
        }
        return new ImageAnalyzer(model, new CpuPixelDynamics(), AnalysisSettings.defaults())
                .analyze(null, Image2D.gray(size, size, px), Calibration.none(), ProgressMonitor.NONE);
    }

    private static double ap50(int[] truth, int size, ImageAnalysis analysis, String scene) {
        double ap50 = InstanceEvaluation.of(new LabelImage(size, size, truth), analysis.labels(), List.of(0.5))
                .metrics().get(0).ap();
        System.out.printf("default model, %s: AP@0.5 %.3f, %d found, diameter %.1f px%n", scene, ap50,
                analysis.labels().objectCount(), analysis.diameterPx());
        return ap50;
    }
}
