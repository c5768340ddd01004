package io.granula.app.service;

import io.granula.app.project.AnalysisSettingsRecord;
import io.granula.app.project.ImageAnalysisRecord;
import io.granula.app.project.ImageLinks;
import io.granula.app.project.MaskKind;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import io.granula.core.model.ModelSidecar;
import io.granula.core.model.ModelSidecarFile;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.train.TrainingOptions;
import io.granula.core.train.TrainingResult;
import io.granula.core.train.TrainingRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code project train}: fine-tunes the project's current model (the model of its latest analysis) on the
 * images whose masks the user corrected, with the Java trainer ({@link TrainingRun}), and scores the old and
 * the new model by AP@0.5 against the corrected masks. With {@value #HOLD_OUT_FROM} or more corrected images
 * the last one is held out of the fine-tune and the scores are on it; with fewer there is nothing to spare
 * and the scores are on the training images themselves (an optimistic figure, and the result says so).
 */
public final class ProjectTraining {
    /** Corrected images needed before one is held out for scoring (two left to train on). */
    public static final int HOLD_OUT_FROM = 3;

    /**
     * @param out     where the new model goes (sidecar, last checkpoint and training state beside it)
     * @param init    the model to start from, or null for the model of the project's latest analysis
     * @param all     train on every analysed image, corrected or not
     */
    public record Request(Path out, Path init, boolean all, TrainingOptions options) {
    }

    /**
     * @param trainedOn    names of the images the model was fine-tuned on
     * @param scoredOn     names of the images the AP figures are computed on
     * @param heldOut      whether {@code scoredOn} was held out of the fine-tune (false: scored on training images)
     */
    public record Result(Path model, Path initModel, List<String> trainedOn, List<String> scoredOn, boolean heldOut,
                         double ap50Before, double ap50After, TrainingResult training) {
        public Result {
            trainedOn = List.copyOf(trainedOn);
            scoredOn = List.copyOf(scoredOn);
        }
    }

    /** An image chosen for training: its file, current (true) labels and analysis. */
    private record Picked(ProjectImage image, Path file, LabelImage labels, ImageAnalysisRecord analysis) {
    }

    private final ProjectStore store;

    public ProjectTraining(ProjectStore store) {
        this.store = store;
    }

    /**
     * @param lines images skipped and why
     * @throws ServiceException bad request when no image qualifies or the model cannot be trained; failed on I/O
     */
    public Result run(Request request, ProgressMonitor monitor, Consumer<String> lines) {
        List<Picked> picked = pick(request.all(), lines);
        if (picked.isEmpty()) {
            throw ServiceException.badRequest(store.file() + ": " + (request.all()
                    ? "no analysed image to train on; run 'granula project analyze' first"
                    : "no corrected image to train on: every analysed image still has the model's masks; correct "
                    + "some particles in the workbench first, or pass --all to train on every analysed image"));
        }
        AnalysisSettingsRecord settings = latestSettings(picked);
        Path init = request.init() != null ? request.init() : modelOf(settings);
        boolean holdOut = picked.size() >= HOLD_OUT_FROM;
        List<Picked> train = holdOut ? picked.subList(0, picked.size() - 1) : picked;
        List<Picked> scored = holdOut ? picked.subList(picked.size() - 1, picked.size()) : picked;
        Path folder = null;
        try {
            folder = Files.createTempDirectory("granula-project-train");
            writeTrainingFolder(folder, train);
            TrainingResult trained = TrainingRun.run(new TrainingRun.Request(folder.toString(), init, request.out(),
                    request.options(), 512, false), monitor.sub(0, 0.8));
            int threads = request.options().threads();
            Map<Path, LabelImage> truth = new LinkedHashMap<>();
            scored.forEach(p -> truth.put(p.file(), p.labels()));
            monitor.update(0.8, "scoring the old model");
            double before = ModelScore.ap50(optionsOf(settings, init, threads), truth, monitor.sub(0.8, 0.9));
            monitor.update(0.9, "scoring the new model");
            double after = ModelScore.ap50(optionsOf(settings, trained.bestModel(), threads), truth, monitor.sub(0.9, 1));
            Result result = new Result(trained.bestModel(), init, names(train), names(scored), holdOut, before, after, trained);
            recordProvenance(result, train, scored);
            monitor.update(1, "done");
            return result;
        } catch (IllegalArgumentException e) {
            throw ServiceException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw ServiceException.failed(e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * The ids of the analysed images whose current masks differ from the model's: the user's corrections, what
     * a fine-tune learns from and what re-analysing with a new model must leave alone.
     */
    public java.util.Set<Long> correctedImageIds() {
        java.util.Set<Long> out = new java.util.LinkedHashSet<>();
        for (ProjectImage img : store.images()) {
            Optional<LabelImage> current = store.masks(img.id(), MaskKind.CURRENT);
            if (store.analysis(img.id()).isPresent() && current.isPresent()
                    && !sameLabels(current.get(), store.masks(img.id(), MaskKind.MODEL).orElse(null))) {
                out.add(img.id());
            }
        }
        return out;
    }

    /** Analysed images with readable, unchanged files whose current masks differ from the model's (or all). */
    private List<Picked> pick(boolean all, Consumer<String> lines) {
        List<Picked> picked = new ArrayList<>();
        for (ProjectImage img : store.images()) {
            Optional<ImageAnalysisRecord> analysis = store.analysis(img.id());
            Optional<LabelImage> current = store.masks(img.id(), MaskKind.CURRENT);
            if (analysis.isEmpty() || current.isEmpty()) {
                continue;
            }
            if (!all && sameLabels(current.get(), store.masks(img.id(), MaskKind.MODEL).orElse(null))) {
                continue;
            }
            Path file = store.resolve(img);
            if (!Files.isRegularFile(file) || !ImageLinks.sameContent(img, file)) {
                lines.accept(img.name() + ": skipped, its image file " + file + " is missing or changed since it was analysed");
                continue;
            }
            picked.add(new Picked(img, file, current.get(), analysis.get()));
        }
        return picked;
    }

    private static boolean sameLabels(LabelImage a, LabelImage b) {
        return b != null && a.width() == b.width() && a.height() == b.height() && Arrays.equals(a.labels(), b.labels());
    }

    private AnalysisSettingsRecord latestSettings(List<Picked> picked) {
        ImageAnalysisRecord latest = picked.stream().map(Picked::analysis)
                .max(Comparator.comparing(ImageAnalysisRecord::at)).orElseThrow();
        return store.settings(latest.settingsId()).orElseThrow(() -> ServiceException.failed(
                store.file() + ": the analysis settings " + latest.settingsId() + " are missing from the project"));
    }

    /** The settings' model as given; a relative path that is not found from here is tried beside the project. */
    private Path modelOf(AnalysisSettingsRecord settings) {
        Path model = Path.of(settings.model());
        if (!Files.isRegularFile(model) && !model.isAbsolute()) {
            model = store.folder().resolve(model);
        }
        if (!Files.isRegularFile(model)) {
            throw ServiceException.badRequest(store.file() + ": the project's model " + settings.model()
                    + " is not found; pass --init MODEL to start from another one");
        }
        return model;
    }

    /** The layout {@code FolderTrainingSource} reads: images/ and labels/ with the same stems. */
    private static void writeTrainingFolder(Path folder, List<Picked> train) throws IOException {
        Path images = Files.createDirectories(folder.resolve("images"));
        Path labels = Files.createDirectories(folder.resolve("labels"));
        for (Picked p : train) {
            String stem = "image-" + p.image().id();
            String name = p.file().getFileName().toString();
            String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : "";
            Files.copy(p.file(), images.resolve(stem + ext));
            LabelTiff.write(p.labels(), labels.resolve(stem + ".tif"));
        }
    }

    /** The project's settings with another model; a typed scale because pixel size does not change masks. */
    private static AnalysisOptions optionsOf(AnalysisSettingsRecord s, Path model, int threads) {
        return new AnalysisOptions(model, s.diameterPx(), s.device(), "1 nm/px", s.excludeEdge(), threads,
                s.flowThreshold(), s.cellprobThreshold(), s.minSize(), s.augment());
    }

    /** Adds to the trainer's provenance which project and images the model learnt from, and the scores. */
    private void recordProvenance(Result r, List<Picked> train, List<Picked> scored) throws IOException {
        Path sidecarFile = ModelSidecarFile.sidecarOf(r.model());
        ModelSidecar sidecar = ModelSidecarFile.read(sidecarFile);
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("file", store.file().toAbsolutePath().normalize().toString());
        project.put("images", train.stream().map(ProjectTraining::describe).toList());
        project.put("scored_on", scored.stream().map(ProjectTraining::describe).toList());
        project.put("scored_on_training_images", !r.heldOut());
        project.put("ap50_before", finite(r.ap50Before()));
        project.put("ap50_after", finite(r.ap50After()));
        Map<String, Object> provenance = new LinkedHashMap<>(sidecar.provenance());
        provenance.put("project", project);
        ModelSidecarFile.write(sidecar.withProvenance(provenance), sidecarFile);
    }

    private static Map<String, Object> describe(Picked p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.image().name());
        m.put("sha256", p.image().sha256());
        m.put("particles", p.labels().objectCount());
        return m;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<String> names(List<Picked> picked) {
        return picked.stream().map(p -> p.image().name()).toList();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless; the OS cleans it
        }
    }
}
