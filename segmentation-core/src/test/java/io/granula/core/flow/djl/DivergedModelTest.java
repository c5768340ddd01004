package io.granula.core.flow.djl;

import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.flow.InferenceOptions;
import io.granula.core.flow.ModelRunException;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.train.Crop;
import io.granula.core.train.TorchScriptNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model saved by a training run that diverged (every weight NaN) must fail the image with a
 * message naming the model, not give "0 particles". The diverged model is made here the way it
 * happens in practice: one Adam step on a NaN loss, then saved as TorchScript.
 */
class DivergedModelTest {
    @TempDir
    Path tmp;

    @Test
    void nanOutputFailsTheImageNamingTheModel() throws Exception {
        Path diverged = tmp.resolve("diverged.pt");
        try (TorchScriptNetwork net = TorchScriptNetwork.open(DjlFlowModelTest.resource("tiny-flow.pt"), 1, 0)) {
            int s = 32;
            float[] nan = new float[s * s];
            Arrays.fill(nan, Float.NaN);
            net.trainStep(new Crop[]{new Crop(s, nan, new float[s * s], new float[s * s], new float[s * s])}, 0.1);
            net.save(diverged);
        }
        Files.copy(DjlFlowModelTest.resource("tiny-flow.json"), tmp.resolve("diverged.json"));
        float[] pixels = new float[64 * 48];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i * 37) % 255;
        }
        Image2D image = new Image2D(64, 48, PixelType.UINT8, pixels);

        try (FlowModel model = FlowModels.load(diverged, InferenceOptions.defaults().withThreads(1))) {
            assertThatThrownBy(() -> model.predict(image, Double.NaN, ProgressMonitor.NONE))
                    .isInstanceOf(ModelRunException.class)
                    .hasMessageContaining("diverged.pt")
                    .hasMessageContaining("NaN");
        }
    }
}
