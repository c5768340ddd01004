package io.granula.core.train;

import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.ModelInput;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.model.ModelSidecar;
import io.granula.core.pipeline.DiameterEstimate;

/**
 * Turns an (image, labels) pair into a {@link TrainingSample}: the input normalised exactly as
 * at inference ({@link ModelInput}, first channel), flow targets from the labels by heat
 * diffusion ({@link FlowsFromLabels}, 5x unit flows, Cellpose's labels_to_flows), and the
 * median object diameter for scale normalisation.
 */
public final class SamplePreparation {
    private final ModelSidecar sidecar;
    private final int threads;

    public SamplePreparation(ModelSidecar sidecar, int threads) {
        this.sidecar = sidecar;
        this.threads = threads;
    }

    public TrainingSample prepare(String name, Image2D image, LabelImage labels) {
        if (image.width() != labels.width() || image.height() != labels.height()) {
            throw new IllegalArgumentException(name + ": image is " + image.width() + "x" + image.height()
                    + " but its labels are " + labels.width() + "x" + labels.height());
        }
        float[] input = ModelInput.normalizedPlanes(image, sidecar)[0];
        FlowField flows = FlowsFromLabels.networkFlows(labels, threads);
        int[] lab = labels.labels();
        return new TrainingSample(name, image.width(), image.height(), input, lab, flows.dy(), flows.dx(),
                DiameterEstimate.medianDiameter(labels));
    }
}
