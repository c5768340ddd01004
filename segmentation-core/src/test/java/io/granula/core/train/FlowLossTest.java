package io.granula.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlowLossTest {
    @Test
    void lossIsHalfFlowMsePlusBinaryCrossEntropyWithLogits() {
        System.setProperty("ai.djl.offline", "true");
        try (NDManager m = NDManager.newBaseManager("PyTorch")) {
            // Prediction: flows 1 and -1, logits 2 and -3; targets: flows 5, foreground 1 and 0.
            float[] pred = {1, 1, -1, -1, 2, -3};
            NDArray y = m.create(pred, new Shape(1, 3, 1, 2));
            NDArray flows = m.create(new float[]{5, 5, 5, 5}, new Shape(1, 2, 1, 2));
            NDArray fg = m.create(new float[]{1, 0}, new Shape(1, 1, 2));
            float loss = new FlowLoss().evaluate(new NDList(flows, fg), new NDList(y)).getFloat();
            double mse = (16 + 16 + 36 + 36) / 4.0 / 2;
            double bce = (Math.log(1 + Math.exp(-2)) + Math.log(1 + Math.exp(-3))) / 2;
            assertThat((double) loss).isCloseTo(mse + bce, within(1e-5));
        }
    }

    @Test
    void crossEntropyStaysFiniteForHugeLogits() {
        try (NDManager m = NDManager.newBaseManager("PyTorch")) {
            NDArray x = m.create(new float[]{200, -200, 200});
            NDArray z = m.create(new float[]{1, 0, 0});
            assertThat((double) FlowLoss.bceWithLogits(x, z).getFloat()).isCloseTo(200 / 3.0, within(1e-3));
        }
    }
}
