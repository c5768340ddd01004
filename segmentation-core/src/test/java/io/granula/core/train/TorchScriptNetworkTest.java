package io.granula.core.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TorchScriptNetworkTest {
    @TempDir
    Path dir;

    static Path tinyModel() throws URISyntaxException {
        return Path.of(TorchScriptNetworkTest.class.getResource("/models/tiny-unet.pt").toURI());
    }

    @Test
    void adamStepsOnAFixedBatchReduceTheLoss() throws Exception {
        TrainingSample s = TrainingFixtures.discs(32, 10, 12, 6, 22, 20, 5);
        CropSampler sampler = new CropSampler(32, s.diameter(), Augmentation.none());
        Crop[] batch = {sampler.sample(s, new SplittableRandom(1)), sampler.sample(s, new SplittableRandom(2))};
        try (TorchScriptNetwork net = TorchScriptNetwork.open(tinyModel(), 1, 0)) {
            float first = net.trainStep(batch, 0.01);
            float last = first;
            for (int i = 0; i < 30; i++) {
                last = net.trainStep(batch, 0.01);
            }
            assertThat(last).isLessThan(0.8f * first);
        }
    }

    @Test
    void savedModuleIsTorchScriptThatReloadsWithTheSameOutputs() throws Exception {
        TrainingSample s = TrainingFixtures.discs(32, 16, 16, 8);
        Crop[] batch = {new CropSampler(32, s.diameter(), Augmentation.none()).sample(s, new SplittableRandom(1))};
        Path out = dir.resolve("tuned.pt");
        float[][] before;
        float[][] trained;
        try (TorchScriptNetwork net = TorchScriptNetwork.open(tinyModel(), 1, 1e-5)) {
            before = net.predict(s.input(), 32, 32);
            for (int i = 0; i < 5; i++) {
                net.trainStep(batch, 0.01);
            }
            trained = net.predict(s.input(), 32, 32);
            net.save(out);
        }
        assertThat(trained[2]).isNotEqualTo(before[2]);
        try (TorchScriptNetwork again = TorchScriptNetwork.open(out, 1, 0)) {
            float[][] reloaded = again.predict(s.input(), 32, 32);
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < reloaded[c].length; i++) {
                    assertThat(reloaded[c][i]).isCloseTo(trained[c][i], org.assertj.core.api.Assertions.within(1e-5f));
                }
            }
        }
    }
}
