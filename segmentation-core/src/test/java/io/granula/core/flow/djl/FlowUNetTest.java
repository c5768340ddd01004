package io.granula.core.flow.djl;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.InferenceOptions;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.testing.NpyFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default architecture (python/unet.py FlowUNet) at toy widths 4/8/16, scripted by torch
 * 1.13: inference in DJL matches Python, and DJL can train it (what `granula train` relies on).
 */
class FlowUNetTest {
    @Test
    void unetInferenceInJavaMatchesPython() throws Exception {
        NpyFixture in = NpyFixture.resource("tiny-input-61x75.npy");
        Image2D image = new Image2D(75, 61, PixelType.UINT16, in.data());
        NpyFixture expected = NpyFixture.resource("tiny-unet-expected-61x75.npy");
        try (DjlFlowModel m = DjlFlowModel.load(DjlFlowModelTest.resource("tiny-unet.pt"),
                InferenceOptions.defaults().withTileSize(128))) {
            FlowField f = m.predict(image, Double.NaN, ProgressMonitor.NONE);
            float[][] got = {f.dy(), f.dx(), f.cellprob()};
            double max = 0;
            for (int c = 0; c < 3; c++) {
                float[] want = expected.plane(c);
                for (int i = 0; i < want.length; i++) {
                    max = Math.max(max, Math.abs(got[c][i] - want[i]));
                }
            }
            assertThat(max).isLessThan(1e-4);
        }
    }

    @Test
    void scriptedUnetTrainsFromJava() throws Exception {
        try (Model model = Model.newInstance("tiny-unet", Device.cpu(), PyTorchRuntime.ENGINE)) {
            model.load(DjlFlowModelTest.resource("tiny-unet.pt"), null, Map.of("trainParam", "true"));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-2f)).build());
            try (Trainer trainer = model.newTrainer(config); NDManager data = model.getNDManager().newSubManager()) {
                data.getEngine().setRandomSeed(3);
                NDArray x = data.randomNormal(new Shape(2, 1, 32, 32));
                NDArray target = data.ones(new Shape(2, 3, 32, 32)).mul(0.5f);
                float first = 0;
                float last = 0;
                for (int step = 0; step < 8; step++) {
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDArray y = trainer.forward(new NDList(x)).singletonOrThrow();
                        NDArray loss = y.sub(target).square().mean();
                        last = loss.getFloat();
                        if (step == 0) {
                            first = last;
                        }
                        gc.backward(loss);
                    }
                    trainer.step();
                }
                assertThat(last).isLessThan(0.5f * first);
            }
        }
    }
}
