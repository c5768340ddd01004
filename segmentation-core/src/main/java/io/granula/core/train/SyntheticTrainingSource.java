package io.granula.core.train;

import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SyntheticImage;
import io.granula.core.synth.SyntheticMicrographs;

/** Training images drawn on demand from the synthetic micrograph engine ({@code --data synth:N}). */
public final class SyntheticTrainingSource implements TrainingSource {
    private final SyntheticMicrographs generator;
    private final int count;
    private final long seed;
    private final SamplePreparation preparation;
    private final SampleCache cache;

    public SyntheticTrainingSource(SynthConfig config, long seed, int count, SamplePreparation preparation) {
        if (count < 1) {
            throw new IllegalArgumentException("synthetic training needs at least one image, got " + count);
        }
        this.generator = new SyntheticMicrographs(config, seed);
        this.count = count;
        this.seed = seed;
        this.preparation = preparation;
        this.cache = new SampleCache(count);
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public TrainingSample sample(int i) throws java.io.IOException {
        return cache.get(i, k -> {
            SyntheticImage img = generator.generate(k);
            return preparation.prepare("synth " + k + " (" + img.style().id() + ")", img.image(), img.labels());
        });
    }

    @Override
    public String describe() {
        SynthConfig c = generator.config();
        return "synth:" + count + " seed " + seed + " size " + c.width() + " diameters " + c.minDiameter() + "-" + c.maxDiameter();
    }
}
