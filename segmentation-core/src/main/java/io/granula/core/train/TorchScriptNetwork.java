package io.granula.core.train;

import io.granula.core.io.AtomicFiles;
import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A scripted TorchScript flow network opened for training on DJL's PyTorch engine: Adam steps
 * on batches of crops, forward passes for validation, and saving back to TorchScript.
 *
 * <p>Why the explicit mode switches: the module arrives in eval mode (it was saved that way) and
 * DJL's PtSymbolBlock only switches train/eval when its own flag changes, so without them
 * BatchNorm would keep its running statistics frozen during training. Saving goes through
 * {@code JniUtils.writeModule} in inference mode because {@code Model.save} writes DJL's own
 * format, not TorchScript.
 */
public final class TorchScriptNetwork implements AutoCloseable {
    static final String ENGINE = "PyTorch";
    private static final String GRAPH_OPTIMIZER = "ai.djl.pytorch.graph_optimizer";

    private final Path source;
    private final Model model;
    private final PtSymbolBlock block;
    private final Trainer trainer;
    private final LearningRate learningRate;

    /** Mutable learning rate the optimizer reads every step (DJL trackers are pull-based). */
    private static final class LearningRate implements Tracker {
        private volatile float value;

        @Override
        public float getNewValue(int numUpdate) {
            return value;
        }
    }

    private final int channels;

    private TorchScriptNetwork(Path source, Model model, int channels, double weightDecay) {
        this.source = source;
        this.channels = channels;
        this.model = model;
        this.block = (PtSymbolBlock) model.getBlock();
        this.learningRate = new LearningRate();
        Optimizer adam = Optimizer.adam().optLearningRateTracker(learningRate)
                .optWeightDecays((float) weightDecay).build();
        this.trainer = model.newTrainer(new DefaultTrainingConfig(new FlowLoss()).optOptimizer(adam)
                .optDevices(new Device[]{Device.cpu()}));
    }

    /**
     * Opens a scripted TorchScript file for training; a traced module has no trainable graph to offer.
     *
     * @param channels input channels the network takes; the crop goes into the first, the others
     *                 stay zero, as {@code ModelInput} feeds a grey image at inference
     */
    public static TorchScriptNetwork open(Path file, int channels, double weightDecay) throws IOException {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty(GRAPH_OPTIMIZER) == null) {
            // TorchScript's profiling executor re-specialises the graph at every switch between
            // train and eval and every new input shape, costing seconds per switch; training does both.
            System.setProperty(GRAPH_OPTIMIZER, "false");
        }
        Model model = Model.newInstance(file.getFileName().toString(), Device.cpu(), ENGINE);
        try {
            model.load(file, null, Map.of("trainParam", "true"));
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException(file + ": not a scripted TorchScript module DJL can train: " + e.getMessage(), e);
        }
        if (!(model.getBlock() instanceof PtSymbolBlock)) {
            model.close();
            throw new IOException(file + ": not a TorchScript module");
        }
        return new TorchScriptNetwork(file, model, channels, weightDecay);
    }

    public Path source() {
        return source;
    }

    public static void setThreads(int threads) {
        if (JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** One Adam step on a batch; returns the loss before the step. */
    public float trainStep(Crop[] batch, double lr) {
        learningRate.value = (float) lr;
        int b = batch.length, s = batch[0].size(), n = s * s;
        float[] in = new float[b * channels * n], flows = new float[b * 2 * n], fg = new float[b * n];
        for (int i = 0; i < b; i++) {
            Crop c = batch[i];
            System.arraycopy(c.input(), 0, in, i * channels * n, n);
            System.arraycopy(c.flowY(), 0, flows, 2 * i * n, n);
            System.arraycopy(c.flowX(), 0, flows, (2 * i + 1) * n, n);
            System.arraycopy(c.cellprob(), 0, fg, i * n, n);
        }
        JniUtils.enableTrainingMode(block);
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDArray x = m.create(in, new Shape(b, channels, s, s));
            NDList labels = new NDList(m.create(flows, new Shape(b, 2, s, s)), m.create(fg, new Shape(b, s, s)));
            float value;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDList pred = trainer.forward(new NDList(x));
                NDArray loss = trainer.getLoss().evaluate(labels, pred);
                value = loss.getFloat();
                gc.backward(loss);
            }
            trainer.step();
            return value;
        }
    }

    /**
     * Forward pass in inference mode on one normalised plane whose sides are multiples of the
     * network's stride; returns the output planes in the network's order.
     */
    public float[][] predict(float[] input, int width, int height) {
        JniUtils.enableInferenceMode(block);
        try (NDManager m = trainer.getManager().newSubManager()) {
            int n = width * height;
            float[] in = new float[channels * n];
            System.arraycopy(input, 0, in, 0, n);
            NDArray x = m.create(in, new Shape(1, channels, height, width));
            NDArray y = trainer.evaluate(new NDList(x)).get(0);
            float[] all = (y.getDataType() == DataType.FLOAT32 ? y : y.toType(DataType.FLOAT32, false)).toFloatArray();
            int planes = (int) y.getShape().get(1);
            float[][] out = new float[planes][n];
            for (int c = 0; c < planes; c++) {
                System.arraycopy(all, c * n, out[c], 0, n);
            }
            return out;
        }
    }

    /** Writes the module as TorchScript (eval mode), atomically: a temp file moved into place. */
    public void save(Path out) throws IOException {
        JniUtils.enableInferenceMode(block);
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        AtomicFiles.write(out, os -> JniUtils.writeModule(block, os, false));
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
