package io.granula.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Cellpose's segmentation loss (cellpose/train.py {@code _loss_fn_seg}): mean squared error
 * between the predicted flows and 5x the unit flows, halved, plus binary cross-entropy with
 * logits between the predicted cell probability and the foreground mask.
 *
 * <p>Labels: {@code [flows (B, 2, H, W) as (dY, dX) in 5x units, foreground (B, H, W) in {0, 1}]};
 * prediction: {@code (B, 3, H, W) = [dY, dX, cellprob logit]}.
 */
public final class FlowLoss extends Loss {
    public FlowLoss() {
        super("flow_loss");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray y = predictions.get(0);
        NDArray flows = y.get(":, 0:2");
        NDArray logits = y.get(":, 2");
        NDArray mse = flows.sub(labels.get(0)).square().mean().div(2);
        return mse.add(bceWithLogits(logits, labels.get(1)));
    }

    /**
     * Mean of max(x, 0) - x z + log(1 + exp(-|x|)), the overflow-free form of
     * -[z log sigmoid(x) + (1 - z) log(1 - sigmoid(x))] that torch.nn.BCEWithLogitsLoss uses.
     */
    static NDArray bceWithLogits(NDArray x, NDArray z) {
        return x.maximum(0).sub(x.mul(z)).add(x.abs().neg().exp().add(1).log()).mean();
    }
}
