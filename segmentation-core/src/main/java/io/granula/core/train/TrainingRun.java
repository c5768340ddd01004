package io.granula.core.train;

import io.granula.core.model.ModelSidecar;
import io.granula.core.model.ModelSidecarFile;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.synth.SynthConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sets up and runs one training: checks the initial model can be trained, opens the data
 * ({@code synth:N} or a folder), builds the validation set, resumes when asked and possible,
 * and hands over to {@link FlowTrainer}. Problems the user can fix come out as
 * {@link IllegalArgumentException} or {@link IOException} with a message naming the file.
 */
public final class TrainingRun {
    /**
     * @param data       {@code synth:N} or a folder with images/ and labels/
     * @param init       scripted TorchScript model with its sidecar
     * @param out        where the best model goes (its sidecar, last checkpoint and state beside it)
     * @param synthSize  edge of synthetic training images
     * @param resume     continue from {@code out}'s last checkpoint when there is one
     */
    public record Request(String data, Path init, Path out, TrainingOptions options, int synthSize, boolean resume) {
    }

    private TrainingRun() {
    }

    public static TrainingResult run(Request r, ProgressMonitor monitor) throws IOException {
        ModelSidecar sidecar = checkedSidecar(r.init(), r.options());
        if (r.out().toAbsolutePath().normalize().equals(r.init().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--out must differ from --init (" + r.init() + "): the initial model is kept as it is");
        }
        TrainingOptions o = r.options();
        SamplePreparation prep = new SamplePreparation(sidecar, o.threads());
        TrainingSource source = source(r.data(), r.synthSize(), o.seed(), prep);
        monitor.update(-1, "preparing " + o.validation() + " validation images");
        SyntheticValidation validation = SyntheticValidation.create(sidecar, o.validation(), o.validationSize(),
                FlowTrainer.validationSeed(o.seed()), o.threads());
        Checkpoints checkpoints = new Checkpoints(r.out());
        Optional<TrainingState> saved = r.resume() ? checkpoints.resumable() : Optional.empty();
        TrainingState state = saved.orElseGet(() -> TrainingState.fresh(source.describe(), o.seed(),
                r.init().getFileName().toString(), sha256(r.init())));
        Path weights = saved.isPresent() ? checkpoints.last() : r.init();
        if (saved.isPresent()) {
            monitor.update(-1, "resuming after epoch " + state.epochsDone() + " from " + weights);
        }
        try (TorchScriptNetwork net = TorchScriptNetwork.open(weights, sidecar.inputChannels(), o.weightDecay())) {
            return new FlowTrainer(o, sidecar).train(net, source, validation, checkpoints, state, monitor);
        }
    }

    /** Reads the initial model's sidecar and refuses what this trainer cannot train. */
    static ModelSidecar checkedSidecar(Path init, TrainingOptions o) throws IOException {
        if (!Files.isRegularFile(init)) {
            throw new IllegalArgumentException(init + ": initial model not found (make one with python/unet.py)");
        }
        ModelSidecar s = ModelSidecarFile.readFor(init);
        if (s.traced()) {
            throw new IllegalArgumentException(init + ": a traced TorchScript model cannot be trained; export the network "
                    + "with torch.jit.script (python/unet.py does)");
        }
        if (!s.outputLayout().subList(0, Math.min(3, s.outputLayout().size()))
                .equals(List.of(ModelSidecar.DY, ModelSidecar.DX, ModelSidecar.CELLPROB))) {
            throw new IllegalArgumentException(init + ": training needs output_layout starting dy,dx,cellprob, the sidecar says "
                    + String.join(",", s.outputLayout()));
        }
        if (s.flowScale() != 5) {
            throw new IllegalArgumentException(init + ": training targets are 5x unit flows (Cellpose), the sidecar says flow_scale "
                    + s.flowScale());
        }
        if (o.crop() % s.stride() != 0) {
            throw new IllegalArgumentException("--crop " + o.crop() + " must be a multiple of the network's stride " + s.stride());
        }
        return s;
    }

    /** {@code synth:N} (N synthetic images, all styles) or a folder. */
    static TrainingSource source(String data, int synthSize, long seed, SamplePreparation prep) throws IOException {
        if (data.startsWith("synth:")) {
            int n;
            try {
                n = Integer.parseInt(data.substring(6).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--data " + data + ": expected synth:N with N a whole number");
            }
            if (n < 1) {
                throw new IllegalArgumentException("--data " + data + ": N must be at least 1");
            }
            return new SyntheticTrainingSource(SynthConfig.builder().size(synthSize).build(), seed, n, prep);
        }
        Path dir = Path.of(data);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(data + ": not a folder (and not synth:N)");
        }
        return FolderTrainingSource.open(dir, prep);
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file);
             DigestInputStream d = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            d.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.getMessageDigest().digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }
}
