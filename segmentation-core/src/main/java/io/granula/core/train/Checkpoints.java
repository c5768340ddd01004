package io.granula.core.train;

import io.granula.core.io.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.granula.core.model.ModelSidecar;
import io.granula.core.model.ModelSidecarFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files of a training run next to the requested output {@code name.pt}: the best model so far as
 * {@code name.pt} + {@code name.json} (TorchScript and sidecar, ready for {@code analyze --model}),
 * the latest weights as {@code name.last.pt} + {@code name.last.json}, and the run's state as
 * {@code name.training.json}, which {@code --resume} reads.
 */
public final class Checkpoints {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path best;

    public Checkpoints(Path best) {
        this.best = best.toAbsolutePath().normalize();
    }

    private String stem() {
        String name = best.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Path best() {
        return best;
    }

    public Path last() {
        return best.resolveSibling(stem() + ".last.pt");
    }

    public Path state() {
        return best.resolveSibling(stem() + ".training.json");
    }

    public void saveBest(TorchScriptNetwork net, ModelSidecar sidecar) throws IOException {
        net.save(best);
        ModelSidecarFile.write(sidecar, ModelSidecarFile.sidecarOf(best));
    }

    public void saveLast(TorchScriptNetwork net, ModelSidecar sidecar, TrainingState state) throws IOException {
        net.save(last());
        ModelSidecarFile.write(sidecar, ModelSidecarFile.sidecarOf(last()));
        AtomicFiles.write(state(), out -> JSON.writeValue(out, state));
    }

    /** The saved state when both it and the last weights exist. */
    public Optional<TrainingState> resumable() throws IOException {
        if (!Files.isRegularFile(state()) || !Files.isRegularFile(last())) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(state().toFile(), TrainingState.class));
        } catch (IOException e) {
            throw new IOException(state() + ": cannot read the training state to resume from: " + e.getMessage(), e);
        }
    }
}
