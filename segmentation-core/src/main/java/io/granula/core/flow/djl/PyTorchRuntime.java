package io.granula.core.flow.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import io.granula.core.model.ModelLoadException;

import java.nio.file.Path;

/**
 * DJL's PyTorch engine, started offline. Natives come from the pytorch-native-cpu jar on the
 * class path and unpack once into DJL_CACHE_DIR (~/.djl.ai, about 450 MB); with
 * {@code ai.djl.offline} DJL never tries to download a different build.
 *
 * <p>TorchScript's profiling graph executor is switched off unless the user set
 * {@code ai.djl.pytorch.graph_optimizer}: it re-specialises the graph for every new input
 * shape (tile sizes follow the image size), which made first calls slower by 0.2-0.4 s per
 * shape in ModelForwardBench, and it gave this convolutional network no measurable speed-up.
 */
final class PyTorchRuntime {
    static final String ENGINE = "PyTorch";
    private static final String GRAPH_OPTIMIZER = "ai.djl.pytorch.graph_optimizer";

    private PyTorchRuntime() {
    }

    static synchronized Engine engine(Path modelFile) throws ModelLoadException {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty(GRAPH_OPTIMIZER) == null) {
            System.setProperty(GRAPH_OPTIMIZER, "false");
        }
        try {
            return Engine.getEngine(ENGINE);
        } catch (RuntimeException | LinkageError e) {
            throw new ModelLoadException(modelFile, "cannot start DJL's PyTorch engine (natives from "
                    + "ai.djl.pytorch:pytorch-native-cpu, unpacked under DJL_CACHE_DIR; a -Pgpu-inference build needs "
                    + "PYTORCH_LIBRARY_PATH, PYTORCH_VERSION and PYTORCH_FLAVOR, see the README): " + e.getMessage(), e);
        }
    }

    /**
     * The GPU when the libtorch DJL loaded is a CUDA build that sees one (an app built with
     * {@code -Pgpu-inference}, README "GPU"), else the CPU; the bundled CPU build reports no GPU.
     */
    static Device inferenceDevice(Engine engine) {
        return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
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
