package io.granula.core.flow;

import io.granula.core.flow.djl.DjlFlowModel;
import io.granula.core.model.ModelLoadException;

import java.nio.file.Path;

/** Opens a flow model file; the one entry point the command line and the GUI use. */
public final class FlowModels {
    private FlowModels() {
    }

    /** A TorchScript file with its {@code <name>.json} sidecar, run on DJL's PyTorch engine. */
    public static FlowModel load(Path modelFile) throws ModelLoadException {
        return load(modelFile, InferenceOptions.defaults());
    }

    public static FlowModel load(Path modelFile, InferenceOptions options) throws ModelLoadException {
        return DjlFlowModel.load(modelFile, options);
    }
}
