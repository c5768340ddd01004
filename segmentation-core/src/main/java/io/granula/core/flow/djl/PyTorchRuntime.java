package io.granula.core.flow.djl;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import io.granula.core.model.ModelLoadException;

import java.nio.file.Path;

/**
 * DJL's PyTorch engine, started offline. Natives come from the pytorch-native-cpu jar on the
 * class path and unpack once into DJL_CACHE_DIR (~/.djl.ai, about 450 MB); with
 * {@code ai.djl.offline} DJL never tries to download a different build.
 */
final class PyTorchRuntime {
    static final String ENGINE = "PyTorch";

    private PyTorchRuntime() {
    }

    static synchronized Engine engine(Path modelFile) throws ModelLoadException {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        try {
            return Engine.getEngine(ENGINE);
        } catch (RuntimeException | LinkageError e) {
            throw new ModelLoadException(modelFile, "cannot start DJL's PyTorch engine (natives from "
                    + "ai.djl.pytorch:pytorch-native-cpu, unpacked under DJL_CACHE_DIR): " + e.getMessage(), e);
        }
    }

    /**
     * PyTorch's intra-op thread count is a process-wide setting (torch.set_num_threads); it can
     * change at any time, unlike the inter-op count, which DJL fixes when the engine starts
     * (system property {@code ai.djl.pytorch.num_interop_threads}).
     */
    static void setThreads(int threads) {
        if (JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
    }
}
