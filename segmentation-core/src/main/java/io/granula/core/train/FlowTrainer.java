package io.granula.core.train;

import io.granula.core.model.ModelSidecar;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.progress.ProgressMonitor;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The training loop: epochs of shuffled batches of augmented crops, Adam steps on Cellpose's
 * loss, validation AP after each epoch, the best model and the latest state saved as they come.
 * Crops, order and validation depend only on the seed, the epoch and the step, so a resumed run
 * sees the same data it would have seen.
 */
public final class FlowTrainer {
    private final TrainingOptions options;
    private final ModelSidecar baseSidecar;

    public FlowTrainer(TrainingOptions options, ModelSidecar baseSidecar) {
        this.options = options;
        this.baseSidecar = baseSidecar;
    }

    public TrainingResult train(TorchScriptNetwork net, TrainingSource source, SyntheticValidation validation,
                                Checkpoints checkpoints, TrainingState start, ProgressMonitor monitor) throws IOException {
        long t0 = System.nanoTime();
        TorchScriptNetwork.setThreads(options.threads());
        CropSampler sampler = new CropSampler(options.crop(), baseSidecar.diamMean(), options.augmentation());
        int stepsPerEpoch = Math.max(1, (source.size() + options.batch() - 1) / options.batch());
        LearningRateSchedule schedule = new LearningRateSchedule(options.learningRate(), (long) stepsPerEpoch * options.epochs());
        TrainingState state = start;
        List<EpochRecord> history = new ArrayList<>(state.history());
        long stepsDone = 0;
        double stepSeconds = 0, validationSeconds = 0;
        for (int epoch = state.epochsDone() + 1; epoch <= options.epochs(); epoch++) {
            long e0 = System.nanoTime();
            int[] order = permutation(source.size(), new SplittableRandom(mix(options.seed(), epoch, -1)));
            double lossSum = 0;
            double lr = 0;
            for (int step = 0; step < stepsPerEpoch; step++) {
                monitor.checkCancelled();
                long s0 = System.nanoTime();
                SplittableRandom rng = new SplittableRandom(mix(options.seed(), epoch, step));
                Crop[] batch = new Crop[options.batch()];
                for (int b = 0; b < batch.length; b++) {
                    int index = order[(step * options.batch() + b) % order.length];
                    batch[b] = sampler.sample(source.sample(index), rng);
                }
                long global = (long) (epoch - 1) * stepsPerEpoch + step;
                lr = schedule.at(global);
                float loss = net.trainStep(batch, lr);
                if (!Float.isFinite(loss)) {
                    throw new IllegalStateException("training diverged at epoch " + epoch + " step " + (step + 1)
                            + " (loss " + loss + "); lower --lr (now " + options.learningRate() + ")");
                }
                lossSum += loss;
                stepSeconds += (System.nanoTime() - s0) / 1e9;
                stepsDone++;
                long remainingSteps = (long) stepsPerEpoch * (options.epochs() - epoch) + (stepsPerEpoch - step - 1);
                int remainingValidations = options.epochs() - epoch + 1;
                double eta = stepSeconds / stepsDone * remainingSteps
                        + (stepsDone > 0 && validationSeconds > 0 ? validationSeconds / Math.max(1, epoch - state.epochsDone() - 1) * remainingValidations : 0);
                double fraction = ((double) (epoch - 1) * stepsPerEpoch + step + 1) / ((double) options.epochs() * stepsPerEpoch);
                monitor.update(fraction, String.format(Locale.ROOT, "epoch %d/%d step %d/%d loss %.4f lr %.2g ETA %s",
                        epoch, options.epochs(), step + 1, stepsPerEpoch, lossSum / (step + 1), lr, duration(eta)));
            }
            long v0 = System.nanoTime();
            ValidationScore score = validation.evaluate(net, ProgressMonitor.NONE);
            validationSeconds += (System.nanoTime() - v0) / 1e9;
            double meanLoss = lossSum / stepsPerEpoch;
            EpochRecord record = new EpochRecord(epoch, meanLoss, stepsPerEpoch, (System.nanoTime() - e0) / 1e9, lr, score);
            history.add(record);
            boolean improved = validation.count() > 0 ? score.betterThan(state.best()) : true;
            int bestEpoch = improved ? epoch : state.bestEpoch();
            TrainingState next = new TrainingState(epoch, bestEpoch, improved ? score : state.best(),
                    improved ? meanLoss : state.bestLoss(), history, state.data(), state.seed(), state.initModel(), state.initSha256());
            if (improved) {
                checkpoints.saveBest(net, baseSidecar.withProvenance(provenance(next, source, validation, true)));
            }
            checkpoints.saveLast(net, baseSidecar.withProvenance(provenance(next, source, validation, false)), next);
            state = next;
            monitor.update((double) epoch / options.epochs(), String.format(Locale.ROOT,
                    "epoch %d/%d loss %.4f validation AP@0.5 %.3f AP@0.75 %.3f%s", epoch, options.epochs(), meanLoss,
                    score.ap50(), score.ap75(), improved ? " (best, saved)" : ""));
        }
        return new TrainingResult(checkpoints.best(), state, (System.nanoTime() - t0) / 1e9);
    }

    private Map<String, Object> provenance(TrainingState s, TrainingSource source, SyntheticValidation validation, boolean best) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("trained", true);
        p.put("trainer", RunRecord.SOFTWARE + " (Java, DJL PyTorch)");
        p.put("date", Instant.now().toString());
        p.put("init_model", s.initModel());
        p.put("init_sha256", s.initSha256());
        p.put("data", source.describe());
        p.put("epochs", s.epochsDone());
        p.put("checkpoint", best ? "best" : "last");
        p.put("best_epoch", s.bestEpoch());
        Map<String, Object> v = new LinkedHashMap<>();
        ValidationScore score = best ? s.best() : s.history().get(s.history().size() - 1).validation();
        v.put("images", validation.count());
        v.put("size", validation.imageSize());
        v.put("seed", validationSeed(options.seed()));
        v.put("ap50", finite(score.ap50()));
        v.put("ap75", finite(score.ap75()));
        v.put("ap90", finite(score.ap90()));
        p.put("validation", v);
        p.put("loss", "cellpose train._loss_fn_seg: MSE(flows, 5 x unit flows) / 2 + BCEWithLogits(cellprob)");
        p.put("batch", options.batch());
        p.put("crop", options.crop());
        p.put("learning_rate", options.learningRate());
        p.put("weight_decay", options.weightDecay());
        Augmentation a = options.augmentation();
        p.put("augmentation", Map.of("scale", List.of(a.minScale(), a.maxScale()), "flips_and_turns", a.flips(),
                "contrast", a.contrast(), "brightness", a.brightness(), "gamma", a.maxGamma(), "noise", a.maxNoise()));
        p.put("seed", options.seed());
        return p;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? Math.rint(v * 1e4) / 1e4 : null;
    }

    /** The validation set's seed: derived from the training seed but never equal to it. */
    public static long validationSeed(long seed) {
        return mix(seed, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Stafford's Mix13 over (seed, a, b): independent streams per epoch and step. */
    static long mix(long seed, int a, int b) {
        long z = seed + 0x9E3779B97F4A7C15L * (a + 1L) + 0xC2B2AE3D27D4EB4FL * (b + 2L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
