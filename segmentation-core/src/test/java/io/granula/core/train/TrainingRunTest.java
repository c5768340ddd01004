package io.granula.core.train;

import io.granula.core.flow.FlowField;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.image.Image2D;
import io.granula.core.model.ModelSidecar;
import io.granula.core.model.ModelSidecarFile;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SyntheticDatasetWriter;
import io.granula.core.synth.SyntheticMicrographs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Smoke runs on tiny crops with the default U-Net at toy widths (6.6 k parameters): what CI can afford, end to end. */
class TrainingRunTest {
    @TempDir
    Path dir;

    private static TrainingOptions tiny() {
        return TrainingOptions.defaults().withEpochs(2).withBatch(2).withCrop(32).withValidation(1, 64).withThreads(1)
                .withLearningRate(0.01).withSeed(3);
    }

    private Path init() throws Exception {
        Path model = dir.resolve("init.pt");
        Files.copy(TorchScriptNetworkTest.tinyModel(), model);
        Files.copy(ModelSidecarFile.sidecarOf(TorchScriptNetworkTest.tinyModel()), ModelSidecarFile.sidecarOf(model));
        return model;
    }

    @Test
    void trainsOnSyntheticDataAndWritesALoadableModelWithProvenance() throws Exception {
        Path out = dir.resolve("trained.pt");
        TrainingResult r = TrainingRun.run(new TrainingRun.Request("synth:3", init(), out, tiny(), 64, false), ProgressMonitor.NONE);

        assertThat(r.state().epochsDone()).isEqualTo(2);
        assertThat(r.state().history()).hasSize(2).allMatch(e -> Double.isFinite(e.meanLoss()) && e.validation().images() == 1);
        assertThat(out).isRegularFile();
        ModelSidecar sidecar = ModelSidecarFile.readFor(out);
        assertThat(sidecar.provenance()).containsEntry("trained", true).containsEntry("checkpoint", "best")
                .containsKey("init_sha256").containsEntry("data", "synth:3 seed 3 size 64 diameters 5.0-300.0");
        @SuppressWarnings("unchecked")
        Map<String, Object> validation = (Map<String, Object>) sidecar.provenance().get("validation");
        assertThat(validation).containsEntry("images", 1);
        assertThat(sidecar.diamMean()).isEqualTo(17.0);

        try (FlowModel model = FlowModels.load(out)) {
            FlowField f = model.predict(Image2D.gray(40, 24, new float[40 * 24]), 12, ProgressMonitor.NONE);
            assertThat(f.width()).isEqualTo(40);
            assertThat(f.height()).isEqualTo(24);
        }
        assertThat(new Checkpoints(out).last()).isRegularFile();
        assertThat(new Checkpoints(out).state()).isRegularFile();
    }

    @Test
    void resumedRunContinuesAfterTheSavedEpoch() throws Exception {
        Path out = dir.resolve("m.pt");
        Path init = init();
        TrainingRun.run(new TrainingRun.Request("synth:2", init, out, tiny().withEpochs(1), 64, false), ProgressMonitor.NONE);
        TrainingResult r = TrainingRun.run(new TrainingRun.Request("synth:2", init, out, tiny().withEpochs(3), 64, true),
                ProgressMonitor.NONE);
        assertThat(r.state().epochsDone()).isEqualTo(3);
        assertThat(r.state().history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3);
    }

    @Test
    void trainsFromAFolderWrittenBySynth() throws Exception {
        Path data = dir.resolve("data");
        SyntheticDatasetWriter w = new SyntheticDatasetWriter(data);
        SyntheticMicrographs g = new SyntheticMicrographs(SynthConfig.builder().size(48).diameters(6, 20).build(), 9);
        w.write(g.generate(0));
        w.write(g.generate(1));
        TrainingResult r = TrainingRun.run(new TrainingRun.Request(data.toString(), init(), dir.resolve("f.pt"),
                tiny().withEpochs(1).withValidation(0, 64), 64, false), ProgressMonitor.NONE);
        assertThat(r.state().epochsDone()).isEqualTo(1);
        assertThat(r.state().data()).endsWith("(2 images)");
        assertThat(dir.resolve("f.pt")).isRegularFile();
    }

    @Test
    void refusesWhatItCannotTrain() throws Exception {
        Path traced = dir.resolve("traced.pt");
        Path fixture = Path.of(getClass().getResource("/models/tiny-flow-traced.pt").toURI());
        Files.copy(fixture, traced);
        Files.copy(ModelSidecarFile.sidecarOf(fixture), ModelSidecarFile.sidecarOf(traced));
        assertThatThrownBy(() -> TrainingRun.run(new TrainingRun.Request("synth:1", traced, dir.resolve("o.pt"), tiny(), 64, false),
                ProgressMonitor.NONE)).hasMessageContaining("traced");
        Path init = init();
        assertThatThrownBy(() -> TrainingRun.run(new TrainingRun.Request("synth:x", init, dir.resolve("o.pt"), tiny(), 64, false),
                ProgressMonitor.NONE)).hasMessageContaining("synth:N");
        assertThatThrownBy(() -> TrainingRun.run(new TrainingRun.Request("synth:1", init, dir.resolve("o.pt"), tiny().withCrop(33), 64, false),
                ProgressMonitor.NONE)).hasMessageContaining("stride");
        assertThatThrownBy(() -> TrainingRun.run(new TrainingRun.Request("synth:1", init, init, tiny(), 64, false),
                ProgressMonitor.NONE)).hasMessageContaining("--out must differ");
        assertThatThrownBy(() -> TrainingRun.run(new TrainingRun.Request(dir.resolve("nothing").toString(), init, dir.resolve("o.pt"), tiny(), 64, false),
                ProgressMonitor.NONE)).hasMessageContaining("not a folder");
    }

    @Test
    void scheduleWarmsUpThenDecaysToATenth() {
        LearningRateSchedule s = new LearningRateSchedule(0.01, 100);
        assertThat(s.at(0)).isEqualTo(0.002);
        assertThat(s.at(4)).isEqualTo(0.01);
        assertThat(s.at(99)).isCloseTo(0.001, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(s.at(50)).isBetween(0.001, 0.01);
    }
}
