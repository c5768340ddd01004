package io.granula.core.flow.djl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.InferenceOptions;
import io.granula.core.flow.ModelRunException;
import io.granula.core.flow.TiledFlowPredictor;
import io.granula.core.flow.TileNetwork;
import io.granula.core.image.Image2D;
import io.granula.core.model.ModelLoadException;
import io.granula.core.model.ModelSidecar;
import io.granula.core.model.ModelSidecarFile;
import io.granula.core.progress.ProgressMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * A TorchScript flow network (scripted, or traced as Cellpose's exporter does) run on DJL's
 * PyTorch engine on the CPU, with its {@link ModelSidecar} saying how to feed it. The tiling,
 * normalisation and rescaling are {@link TiledFlowPredictor}'s; this class only moves batches of
 * tiles in and out of native memory.
 *
 * <p>Native memory: every batch's input and output tensors live in a sub-manager of the
 * model's manager that is closed as soon as the output is copied out, so nothing accumulates
 * across tiles or images. Calls are serialised: PyTorch's thread count is process-wide.
 */
public final class DjlFlowModel implements FlowModel {
    private static final Logger LOG = LoggerFactory.getLogger(DjlFlowModel.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path file;
    private final ModelSidecar sidecar;
    private final InferenceOptions options;
    private final String sha256;
    private final Model model;
    private final TiledFlowPredictor tiler;
    private boolean closed;

    private DjlFlowModel(Path file, ModelSidecar sidecar, InferenceOptions options, String sha256, Model model) {
        this.file = file;
        this.sidecar = sidecar;
        this.options = options;
        this.sha256 = sha256;
        this.model = model;
        this.tiler = new TiledFlowPredictor(sidecar, options);
    }

    /** Loads {@code modelFile} and its sidecar {@code <name>.json}; all problems name the file. */
    public static DjlFlowModel load(Path modelFile, InferenceOptions options) throws ModelLoadException {
        if (!Files.isRegularFile(modelFile)) {
            throw new ModelLoadException(modelFile, "model file not found");
        }
        ModelSidecar sidecar = ModelSidecarFile.readFor(modelFile);
        String sha = checkZipAndHash(modelFile);
        try {
            new TiledFlowPredictor(sidecar, options);
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException(modelFile, e.getMessage());
        }
        Device device = PyTorchRuntime.inferenceDevice(PyTorchRuntime.engine(modelFile));
        Model model = Model.newInstance(modelFile.getFileName().toString(), device, PyTorchRuntime.ENGINE);
        try {
            model.load(modelFile);
        } catch (MalformedModelException | IOException | RuntimeException e) {
            model.close();
            throw new ModelLoadException(modelFile, "not a TorchScript module DJL's PyTorch engine can load (save it "
                    + "with torch.jit.script(net).save or Cellpose's exporter, not torch.save): " + firstLine(e), e);
        }
        LOG.info("loaded {} ({} input channel(s), diam_mean {}, tile {}, {}) on {}", modelFile, sidecar.inputChannels(),
                sidecar.diamMean(), sidecar.tileSize(), sidecar.traced() ? "traced" : "scripted", device);
        return new DjlFlowModel(modelFile, sidecar, options, sha, model);
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public double trainedDiameter() {
        return sidecar.diamMean();
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public Map<String, Object> provenance() {
        return sidecar.provenance();
    }

    public Path file() {
        return file;
    }

    public ModelSidecar sidecar() {
        return sidecar;
    }

    public InferenceOptions options() {
        return options;
    }

    @Override
    public synchronized FlowField predict(Image2D image, double diameterPx, ProgressMonitor progress) {
        return run(network -> tiler.predict(image, diameterPx, network, progress));
    }

    @Override
    public synchronized FlowField predictAtNetworkScale(Image2D image, double diameterPx, ProgressMonitor progress) {
        return run(network -> tiler.predictAtNetworkScale(image, diameterPx, network, progress));
    }

    private FlowField run(Function<TileNetwork, FlowField> tiled) {
        if (closed) {
            throw new IllegalStateException(name() + " is closed");
        }
        PyTorchRuntime.setThreads(options.effectiveThreads());
        try (Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator())) {
            return tiled.apply((in, batch, c, h, w) -> forward(predictor, in, batch, c, h, w));
        }
    }

    private float[] forward(Predictor<NDList, NDList> predictor, float[] input, int batch, int channels, int height,
                            int width) {
        try (NDManager batchManager = model.getNDManager().newSubManager()) {
            NDArray x = batchManager.create(input, new Shape(batch, channels, height, width));
            NDList out = predictor.predict(new NDList(x));
            // Cellpose's networks (and traced exports of them) return (flows, style): keep the flows.
            NDArray y = out.get(0);
            Shape s = y.getShape();
            if (s.dimension() != 4 || s.get(0) != batch || s.get(2) != height || s.get(3) != width
                    || s.get(1) < sidecar.outputLayout().size()) {
                throw new ModelRunException("model " + file + ": the network returned shape " + s + " for input " + x.getShape()
                        + "; expected (" + batch + ", " + sidecar.outputLayout().size() + ", " + height + ", " + width
                        + ") as its sidecar's output_layout " + sidecar.outputLayout() + " says");
            }
            return finite((y.getDataType() == DataType.FLOAT32 ? y : y.toType(DataType.FLOAT32, false)).toFloatArray());
        } catch (TranslateException e) {
            throw new ModelRunException("model " + file + ": forward pass failed: " + firstLine(e), e);
        }
    }

    /**
     * The output, when every value is a number. A diverged training run saves weights that give NaN
     * everywhere; without this check that reads as "0 particles", a plausible and wrong result.
     */
    private float[] finite(float[] output) {
        int bad = 0;
        for (float v : output) {
            if (!Float.isFinite(v)) {
                bad++;
            }
        }
        if (bad > 0) {
            throw new ModelRunException(String.format(java.util.Locale.ROOT,
                    "model %s gave %d NaN or infinite values out of %d in its output: the model is broken "
                            + "(a training run that diverged?); retrain it or use another model", file, bad, output.length));
        }
        return output;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            model.close();
        }
    }

    /** Refuses non-zip files early (TorchScript files are zip archives) and hashes for the run record. */
    private static String checkZipAndHash(Path modelFile) throws ModelLoadException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            byte[] head = in.readNBytes(4);
            if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
                throw new ModelLoadException(modelFile, "not a TorchScript file (TorchScript models are zip archives)");
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(head);
            try (DigestInputStream rest = new DigestInputStream(in, sha)) {
                rest.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            if (e instanceof ModelLoadException m) {
                throw m;
            }
            throw new ModelLoadException(modelFile, "cannot read model file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
